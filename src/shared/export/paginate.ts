import type { MapCard, MapColumn } from './print-model'

/**
 * Splitting long tables and pillar maps into pages ourselves keeps PDF generation linear:
 * react-pdf's own splitting of one long node over many pages grows superlinearly. Rows are
 * wrapped before they get here (each cell as its lines), so every row's height is known and
 * nothing needs shortening to fit.
 */
export type WrappedRow = string[][]
export type WrappedGroup = { heading: string | null; rows: WrappedRow[] }
export type TablePage = { groups: { heading: string | null; continued: boolean; rows: WrappedRow[] }[] }

/** Heights in points: a line of a cell, a row's padding, a group heading; room on the first and later pages. */
export type TableMetrics = { lineHeight: number; rowPadding: number; headingHeight: number; firstPage: number; otherPages: number }

const lineCount = (row: WrappedRow) => Math.max(1, ...row.map((cell) => cell.length))
export const rowHeight = (row: WrappedRow, metrics: Pick<TableMetrics, 'lineHeight' | 'rowPadding'>) => lineCount(row) * metrics.lineHeight + metrics.rowPadding

/** The first `lines` lines of a row, and the rest (a row taller than a page continues on the next). */
function splitRow(row: WrappedRow, lines: number): [WrappedRow, WrappedRow] {
  return [row.map((cell) => cell.slice(0, lines)), row.map((cell) => cell.slice(lines))]
}

/**
 * Fills pages with rows by height. A group heading is repeated (marked continued) when its group
 * runs onto the next page and is never left alone at the foot of a page; a row taller than a whole
 * page is split between its lines. The table's column headings are repeated by the renderer.
 */
export function paginateTable(groups: readonly WrappedGroup[], metrics: TableMetrics): TablePage[] {
  const pages: TablePage[] = []
  let page: TablePage = { groups: [] }
  let used = 0
  let capacity = metrics.firstPage
  const newPage = () => {
    pages.push(page)
    page = { groups: [] }
    used = 0
    capacity = metrics.otherPages
  }
  for (const group of groups) {
    const headingHeight = group.heading === null ? 0 : metrics.headingHeight
    let placed = false
    let current: TablePage['groups'][number] | null = null
    const place = (row: WrappedRow) => {
      if (!current) {
        current = { heading: group.heading, continued: placed, rows: [] }
        page.groups.push(current)
        used += headingHeight
      }
      current.rows.push(row)
      used += rowHeight(row, metrics)
      placed = true
    }
    const breakPage = () => {
      newPage()
      current = null
    }
    const queue = [...group.rows]
    while (queue.length > 0) {
      const row = queue.shift()!
      const opening = current ? 0 : headingHeight
      const height = rowHeight(row, metrics)
      if (used + opening + height <= capacity) {
        place(row)
        continue
      }
      if (opening + height > metrics.otherPages) {
        // Taller than a whole page: as many of its lines as fit here, the rest on the next page.
        const lines = Math.floor((capacity - used - opening - metrics.rowPadding) / metrics.lineHeight)
        if (lines >= 2) {
          const [head, rest] = splitRow(row, lines)
          place(head)
          queue.unshift(rest)
          breakPage()
          continue
        }
      }
      if (used === 0 && capacity === metrics.otherPages) {
        place(row) // cannot happen with real page sizes; guards against looping forever
        continue
      }
      queue.unshift(row)
      breakPage()
    }
  }
  if (page.groups.length || pages.length === 0) pages.push(page)
  return pages
}

export type MapPage = { columns: { column: MapColumn; cards: MapCard[]; first: number; continued: boolean }[] }

/**
 * Fills each pillar's column down the page by its cards' heights (a long name takes more lines);
 * the map runs over as many pages as the fullest pillar needs, every page with all five columns.
 * `first` is the index in its column of a page's first card.
 */
export function paginatePillarMap(columns: readonly MapColumn[], cardHeight: (column: number, card: number) => number, available: number): MapPage[] {
  const starts = columns.map((column, columnIndex) => {
    const firsts = [0]
    let used = 0
    column.cards.forEach((_, cardIndex) => {
      const height = cardHeight(columnIndex, cardIndex)
      if (used + height > available && cardIndex > firsts[firsts.length - 1]!) {
        firsts.push(cardIndex)
        used = 0
      }
      used += height
    })
    return firsts
  })
  const pageCount = Math.max(1, ...starts.map((firsts) => firsts.length))
  return Array.from({ length: pageCount }, (_, index) => ({
    columns: columns.map((column, columnIndex) => {
      const firsts = starts[columnIndex]!
      const first = firsts[index] ?? column.cards.length
      const end = firsts[index + 1] ?? column.cards.length
      return { column, cards: column.cards.slice(first, end), first, continued: index > 0 }
    })
  }))
}
