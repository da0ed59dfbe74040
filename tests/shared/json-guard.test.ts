import { describe, expect, it } from 'vitest'
import { jsonNestingDepth, parseJsonSafely } from '../../src/shared/json-guard'

describe('jsonNestingDepth', () => {
  it('counts arrays and objects but not brackets inside strings', () => {
    expect(jsonNestingDepth('{"a":[1,{"b":2}]}')).toBe(3)
    expect(jsonNestingDepth('{"a":"[[[[{{{{"}')).toBe(1)
    expect(jsonNestingDepth('{"a":"quote \\" [[[ "}')).toBe(1)
    expect(jsonNestingDepth('[]')).toBe(1)
    expect(jsonNestingDepth('"plain"')).toBe(0)
  })
})

describe('parseJsonSafely', () => {
  it.each([
    ['', 'the file is empty'],
    ['   \n', 'the file is empty'],
    ['{"a":\u00001}', 'NUL bytes'],
    ['{"a": [1, 2', 'not valid JSON'],
    ['[['.repeat(100) + ']]'.repeat(100), 'nested 200 levels deep']
  ])('rejects %j with a reason naming the problem', (text, reason) => {
    const result = parseJsonSafely(text, 64)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })

  it('strips a byte-order mark before parsing', () => {
    expect(parseJsonSafely('\uFEFF{"a":1}', 64)).toEqual({ ok: true, value: { a: 1 } })
  })

  it('refuses a __proto__ key, however it is written, as it refuses other reserved keys; a "__proto__" value is fine', () => {
    for (const text of ['{"__proto__":{"polluted":true}}', '{"a":[{"\\u005f_proto__":1}]}', '{"a":{"__pr\\u006fto__":1}}']) {
      expect(parseJsonSafely(text, 64), text).toEqual({ ok: false, reason: expect.stringContaining('reserved key "__proto__"') })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(parseJsonSafely('{"name":"__proto__","note":"prototype"}', 64)).toEqual({ ok: true, value: { name: '__proto__', note: 'prototype' } })
  })
})
