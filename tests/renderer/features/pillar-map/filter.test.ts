import { afterEach, describe, expect, it, vi } from 'vitest'
import { createListMatcher, warmSearch } from '../../../../src/renderer/features/pillar-map/filter'
import { member } from '../../../support/workspaces'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('warmSearch', () => {
  it('folds members a few milliseconds at a time, however long the idle period, and finishes', () => {
    const pending: IdleRequestCallback[] = []
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => pending.push(callback))
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    // Every fold "takes" a millisecond; the browser offers the longest idle period there is.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1))
    const members = Array.from({ length: 40 }, (_, i) => member({ id: `m${i}`, name: `Harbour Org ${i}` }))

    warmSearch(members)
    let slices = 0
    while (pending.length) {
      const started = now
      pending.shift()!({ didTimeout: false, timeRemaining: () => 50 })
      expect(now - started).toBeLessThanOrEqual(6)
      slices += 1
    }
    expect(slices).toBeGreaterThanOrEqual(10)
    expect(createListMatcher(members, 'harbour org 39')(39)).toBe(true)
  })

  it('matches the same members before, during and after warming, and each list by its own texts', () => {
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    const pending: IdleRequestCallback[] = []
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => pending.push(callback))
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1))
    const members = Array.from({ length: 30 }, (_, i) => member({ id: `m${i}`, name: i % 3 ? `Kelp Works ${i}` : `Harbour Org ${i}` }))
    const matching = (list: typeof members) => list.filter((_, index) => createListMatcher(list, 'kelp')(index)).map((m) => m.id)
    const expected = members.filter((_, i) => i % 3).map((m) => m.id)

    expect(matching(members)).toEqual(expected)
    warmSearch(members)
    pending.shift()!({ didTimeout: false, timeRemaining: () => 50 }) // part of the list folded
    expect(matching(members)).toEqual(expected)
    while (pending.length) pending.shift()!({ didTimeout: false, timeRemaining: () => 50 })
    expect(matching(members)).toEqual(expected)
    // A reordered list (a move) is a new list: its indexes are not the warmed list's.
    const reversed = [...members].reverse()
    expect(matching(reversed)).toEqual([...expected].reverse())
  })

  it('stops when cancelled', () => {
    const pending: IdleRequestCallback[] = []
    const cancelled: number[] = []
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => pending.push(callback))
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle))
    const stop = warmSearch([member({ id: 'a', name: 'A' })])
    stop()
    expect(cancelled).toEqual([1])
  })
})

describe('the map filter', () => {
  it('matches name, sector, stage or tag, ignoring case and accents', () => {
    const société = member({ id: 's', name: 'Société Marine', sector: 'Robotics', tags: ['decarbonisation'] })
    for (const query of ['societe', 'ROBOT', 'prospect', 'decarbon']) expect(createListMatcher([société], query)(0)).toBe(true)
    expect(createListMatcher([société], 'kelp')(0)).toBe(false)
    expect(createListMatcher([société], '  ')(0)).toBe(true)
  })
})
