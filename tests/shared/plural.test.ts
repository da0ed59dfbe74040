import { describe, expect, it } from 'vitest'
import { countOf, plural } from '../../src/shared/plural'

describe('plurals', () => {
  it('says "1 member" and "0 members", "2 members", with thousands grouped', () => {
    expect(countOf(1, 'member', 'members')).toBe('1 member')
    expect(countOf(0, 'member', 'members')).toBe('0 members')
    expect(countOf(2, 'row', 'rows')).toBe('2 rows')
    expect(countOf(10_000, 'member', 'members')).toBe('10,000 members')
    expect(plural(1, 'matches', 'match')).toBe('matches')
  })
})
