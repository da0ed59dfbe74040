import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slotKeys } from '../../../../src/renderer/features/pillar-map/slot-keys'

const none = () => false
const drawnFrom = (pairs: [id: string, key: string][]) => new Map(pairs)

describe('slotKeys', () => {
  it('keys members by id the first time', () => {
    expect([...slotKeys(new Map(), ['a', 'b'], none)]).toEqual([
      ['a', 'a'],
      ['b', 'b']
    ])
  })

  it('hands the cards of members that left, in order, to the members that came (a filter)', () => {
    const drawn = drawnFrom([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c']
    ])
    expect([...slotKeys(drawn, ['x', 'y', 'z', 'w'], none)]).toEqual([
      ['x', 'a'],
      ['y', 'b'],
      ['z', 'c'],
      ['w', 'w']
    ])
  })

  it('keeps the card of a member still in view, and gives the one leaving at the top to the one coming at the bottom (a scroll)', () => {
    const drawn = drawnFrom([
      ['a', 'k1'],
      ['b', 'k2'],
      ['c', 'k3']
    ])
    expect(slotKeys(drawn, ['b', 'c', 'd'], none)).toEqual(
      new Map([
        ['b', 'k2'],
        ['c', 'k3'],
        ['d', 'k1']
      ])
    )
  })

  it('does not give away the card of a pinned member (focused or dragged), nor reuse its key', () => {
    const drawn = drawnFrom([
      ['a', 'a'],
      ['b', 'b']
    ])
    const keys = slotKeys(drawn, ['b', 'x'], (id) => id === 'a')
    expect(keys.get('b')).toBe('b')
    expect(keys.get('x')).toBe('x')
    // A member whose own id is the pinned card's key gets another.
    const clash = slotKeys(drawn, ['b', 'a~2', 'q'], (id) => id === 'a')
    expect(new Set(clash.values()).has('a')).toBe(false)
  })

  it('never repeats a key, keeps every member that stays, and never takes a pinned card, whatever the lists', () => {
    const id = fc.constantFrom(...'abcdefghij'.split(''), 'a~2', 'b~2')
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 8 }), fc.array(fc.uniqueArray(id, { maxLength: 8 }), { maxLength: 6 }), fc.uniqueArray(id), (first, later, pinnedIds) => {
        const pinned = (member: string) => pinnedIds.includes(member)
        let drawn = slotKeys(new Map(), first, none)
        for (const ids of later) {
          const keys = slotKeys(drawn, ids, pinned)
          expect([...keys.keys()]).toEqual(ids)
          expect(new Set(keys.values()).size).toBe(ids.length)
          for (const [member, key] of drawn) {
            if (keys.has(member)) expect(keys.get(member)).toBe(key)
            else if (pinned(member)) expect([...keys.values()]).not.toContain(key)
          }
          // Pure: the same input gives the same keys.
          expect(slotKeys(drawn, ids, pinned)).toEqual(keys)
          drawn = keys
        }
      }),
      { numRuns: 400 }
    )
  })
})
