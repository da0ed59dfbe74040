import { describe, expect, it } from 'vitest'
import { paginatePillarMap, paginateTable, rowHeight, type TableMetrics, type WrappedRow } from '../../../src/shared/export/paginate'
import type { MapColumn } from '../../../src/shared/export/print-model'

/** Rows of one cell, each `lines` lines long. */
const rows = (n: number, prefix: string, lines = 1): WrappedRow[] => Array.from({ length: n }, (_, i) => [Array.from({ length: lines }, (_, line) => `${prefix}${i}.${line}`)])
const metrics = (firstPage: number, otherPages: number): TableMetrics => ({ lineHeight: 10, rowPadding: 0, headingHeight: 10, firstPage, otherPages })
const flat = (pages: ReturnType<typeof paginateTable>) => pages.flatMap((page) => page.groups.flatMap((group) => group.rows.flatMap((row) => row[0]!)))

describe('paginateTable', () => {
  it('keeps every row exactly once, in order, within each page capacity', () => {
    const groups = [
      { heading: 'A', rows: rows(7, 'a') },
      { heading: 'B', rows: rows(30, 'b', 2) },
      { heading: null, rows: rows(3, 'c', 3) }
    ]
    const m = metrics(60, 100)
    const pages = paginateTable(groups, m)
    expect(flat(pages)).toEqual(groups.flatMap((group) => group.rows.flatMap((row) => row[0]!)))
    pages.forEach((page, index) => {
      const used = page.groups.reduce((sum, group) => sum + group.rows.reduce((h, row) => h + rowHeight(row, m), 0) + (group.heading === null ? 0 : 10), 0)
      expect(used).toBeLessThanOrEqual(index === 0 ? 60 : 100)
    })
  })

  it('repeats a heading when its group continues on the next page, and never leaves a heading alone', () => {
    const pages = paginateTable([{ heading: 'Investors', rows: rows(25, 'x') }], metrics(100, 100))
    expect(pages.map((page) => page.groups[0]?.continued)).toEqual([false, true, true])
    for (const page of pages) for (const group of page.groups) expect(group.rows.length).toBeGreaterThan(0)
  })

  it('moves a tall row whole to the next page, and splits only a row taller than a page', () => {
    const pages = paginateTable([{ heading: null, rows: [...rows(1, 'a', 8), ...rows(1, 'b', 5), ...rows(1, 'c', 25)] }], metrics(100, 100))
    expect(pages[0]!.groups[0]!.rows.map((row) => row[0]!.length)).toEqual([8])
    expect(pages[1]!.groups[0]!.rows.map((row) => row[0]!.length)).toEqual([5, 5])
    expect(pages[2]!.groups[0]!.rows.map((row) => row[0]!.length)).toEqual([10])
    expect(flat(pages)).toHaveLength(8 + 5 + 25)
  })

  it('produces one page for an empty table', () => {
    expect(paginateTable([], metrics(10, 10))).toHaveLength(1)
  })
})

describe('paginatePillarMap', () => {
  const column = (n: number): MapColumn => ({ placement: 'industry', label: 'Industry leaders', all: n, committed: 0, cards: Array.from({ length: n }, (_, i) => ({ name: `m${i}`, stage: 'prospect', role: 'Member' })) })
  it('runs to as many pages as the fullest pillar needs, by the height of each card', () => {
    const pages = paginatePillarMap([column(5), column(130), column(0)], () => 10, 500)
    expect(pages).toHaveLength(3)
    expect(pages.map((page) => page.columns[1]!.cards.length)).toEqual([50, 50, 30])
    expect(pages.map((page) => page.columns[1]!.first)).toEqual([0, 50, 100])
    expect(pages[2]!.columns[0]!.cards).toEqual([])
    // Cards of two lines take twice the room.
    expect(paginatePillarMap([column(100)], (_, card) => (card % 2 ? 20 : 10), 300).map((page) => page.columns[0]!.cards.length)).toEqual([20, 20, 20, 20, 20])
  })
})
