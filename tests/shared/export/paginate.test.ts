import { describe, expect, it } from 'vitest'
import { paginatePillarMap, paginateTable } from '../../../src/shared/export/paginate'
import type { MapColumn } from '../../../src/shared/export/print-model'

const rows = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => [`${prefix}${i}`])

describe('paginateTable', () => {
  it('keeps every row exactly once, in order, within each page capacity', () => {
    const groups = [
      { heading: 'A', rows: rows(7, 'a') },
      { heading: 'B', rows: rows(30, 'b') },
      { heading: null, rows: rows(3, 'c') }
    ]
    const pages = paginateTable(groups, 6, 10)
    const flat = pages.flatMap((page) => page.groups.flatMap((group) => group.rows.map((row) => row[0])))
    expect(flat).toEqual([...rows(7, 'a'), ...rows(30, 'b'), ...rows(3, 'c')].map((row) => row[0]))
    pages.forEach((page, index) => {
      const used = page.groups.reduce((sum, group) => sum + group.rows.length + (group.heading === null ? 0 : 1), 0)
      expect(used).toBeLessThanOrEqual(index === 0 ? 6 : 10)
    })
  })

  it('repeats a heading when its group continues on the next page, and never leaves a heading alone', () => {
    const pages = paginateTable([{ heading: 'Investors', rows: rows(25, 'x') }], 10, 10)
    expect(pages.map((page) => page.groups[0]?.continued)).toEqual([false, true, true])
    for (const page of pages) for (const group of page.groups) expect(group.rows.length).toBeGreaterThan(0)
  })

  it('produces one page for an empty table', () => {
    expect(paginateTable([], 10, 10)).toHaveLength(1)
  })
})

describe('paginatePillarMap', () => {
  const column = (n: number): MapColumn => ({ placement: 'industry', label: 'Industry leaders', all: n, committed: 0, cards: Array.from({ length: n }, (_, i) => ({ name: `m${i}`, stage: 'prospect', role: 'Member' })) })
  it('runs to as many pages as the fullest pillar needs', () => {
    const pages = paginatePillarMap([column(5), column(130), column(0)], 50)
    expect(pages).toHaveLength(3)
    expect(pages.map((page) => page.columns[1]!.cards.length)).toEqual([50, 50, 30])
    expect(pages[2]!.columns[0]!.cards).toEqual([])
  })
})
