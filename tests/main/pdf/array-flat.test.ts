import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtinFlat, installFastFlat } from '../../../src/main/pdf/array-flat'

class Items extends Array<unknown> {}

describe('the fast Array.prototype.flat', () => {
  const builtin = builtinFlat()
  installFastFlat()
  installFastFlat() // twice is harmless: installed once
  const same = (value: unknown, depth?: number) => expect(Array.prototype.flat.call(value as unknown[], depth)).toStrictEqual(builtin.call(value, depth))

  it('is installed, and gives what the built-in gives for any nesting of plain arrays', () => {
    expect(Array.prototype.flat).not.toBe(builtin)
    const nested = fc.letrec((tie) => ({ value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), fc.constant(undefined), fc.constant(null), fc.array(tie('value'), { maxLength: 5 })) }))
    fc.assert(fc.property(fc.array(nested.value, { maxLength: 8 }), fc.constantFrom(undefined, 1, 0, 2, Infinity), (array, depth) => {
      same(array, depth)
    }))
  })

  it('skips holes as the built-in does, keeps objects as they are, and leaves subclasses to it', () => {
    // eslint-disable-next-line no-sparse-arrays
    same([[1, , 3], , [[4]], 'x', { length: 1, 0: 'not an array' }])
    const items = Items.from([[1], [2]])
    expect(Array.prototype.flat.call(items)).toBeInstanceOf(Items)
    same(items)
    expect(() => Array.prototype.flat.call(null as unknown as unknown[])).toThrow(TypeError)
  })
})
