import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJsonSafely } from '../../src/shared/json-guard'
import { interpretWorkspace } from '../../src/shared/workspace/load'
import { workspaceWith } from '../support/workspaces'

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()

/** What opening a file does with its text: guard, parse, migrate, validate. */
function open(text: string) {
  const parsed = parseJsonSafely(text, 64)
  return parsed.ok ? interpretWorkspace(parsed.value) : parsed
}

describe('hostile workspace files', () => {
  const before = prototypeKeys()

  it('never throws on any text, and never changes Object.prototype', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const outcome = open(text)
        expect(typeof outcome.ok).toBe('boolean')
      }),
      { numRuns: 500 }
    )
    expect(prototypeKeys()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('whatever it accepts can be saved and sent over IPC, and reads back the same', () => {
    const base = workspaceWith(2)
    const mutated = fc.record({
      name: fc.string({ maxLength: 200, unit: 'grapheme' }),
      region: fc.string({ maxLength: 200 }),
      note: fc.string({ maxLength: 500, unit: 'binary' }),
      extra: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'x'), fc.jsonValue({ maxDepth: 3 }))
    })
    fc.assert(
      fc.property(mutated, ({ name, region, note, extra }) => {
        const candidate = {
          ...base,
          ...extra,
          cluster: { ...base.cluster, name, region, ...extra },
          members: [{ ...base.members[0]!, notes: note, ...extra }]
        }
        const outcome = open(JSON.stringify(candidate))
        if (!outcome.ok) return
        const text = JSON.stringify(outcome.workspace)
        expect(structuredClone(outcome.workspace)).toEqual(outcome.workspace)
        const again = open(text)
        expect(again.ok && again.workspace).toEqual(outcome.workspace)
        expect(Object.keys(outcome.workspace)).not.toContain('__proto__')
      }),
      { numRuns: 300 }
    )
    expect(prototypeKeys()).toEqual(before)
  })

  it.each([
    ['prototype pollution', JSON.stringify({ ...workspaceWith(1), __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } })],
    ['absurd nesting', `{"schemaVersion":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['huge numbers', JSON.stringify({ ...workspaceWith(1), schemaVersion: Number.POSITIVE_INFINITY }).replace('null', '1e400')],
    ['an enormous string', JSON.stringify({ ...workspaceWith(1), cluster: { name: 'x'.repeat(1_000_000) } })],
    ['a lone surrogate and NUL in a name', JSON.stringify({ ...workspaceWith(1), cluster: { ...workspaceWith(1).cluster, name: 'A\ud800B\u0000C' } })]
  ])('%s: is rejected with a message or cleaned, never breaks anything', (_name, text) => {
    const outcome = open(text)
    if (outcome.ok) {
      expect(() => JSON.stringify(outcome.workspace)).not.toThrow()
      expect(JSON.stringify(outcome.workspace)).not.toContain('\\u0000')
    } else {
      expect(outcome.reason.length).toBeGreaterThan(5)
    }
    expect(prototypeKeys()).toEqual(before)
  })
})
