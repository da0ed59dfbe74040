import type { MapCard, MapColumn, TableGroup } from './print-model'

/**
 * Splitting long tables and pillar maps into pages ourselves, with fixed row heights, keeps PDF
 * generation linear: react-pdf's own splitting of one long node over many pages grows
 * superlinearly with the number of pages.
 */
export type TablePage = { groups: { heading: string | null; continued: boolean; rows: string[][] }[] }

/**
 * Fills pages with rows: `firstPageRows` on the first page (it also carries the title), then
 * `rowsPerPage`. A group heading takes a row and is repeated when a group continues.
 */
export function paginateTable(groups: readonly TableGroup[], firstPageRows: number, rowsPerPage: number): TablePage[] {
  const pages: TablePage[] = []
  let page: TablePage = { groups: [] }
  let used = 0
  let capacity = Math.max(2, Math.floor(firstPageRows))
  const newPage = () => {
    if (page.groups.length || pages.length === 0) pages.push(page)
    page = { groups: [] }
    used = 0
    capacity = Math.max(2, Math.floor(rowsPerPage))
  }
  for (const group of groups) {
    let next = 0
    let continued = false
    do {
      const headingRows = group.heading === null ? 0 : 1
      if (capacity - used < headingRows + 1) newPage()
      const room = capacity - used - headingRows
      const rows = group.rows.slice(next, next + room)
      page.groups.push({ heading: group.heading, continued, rows })
      used += headingRows + rows.length
      next += rows.length
      continued = true
      if (next < group.rows.length) newPage()
    } while (next < group.rows.length)
  }
  if (page.groups.length || pages.length === 0) pages.push(page)
  return pages
}

export type MapPage = { columns: { column: MapColumn; cards: MapCard[]; continued: boolean }[] }

/** Splits every pillar column into slices of `cardsPerColumn`; the map runs over as many pages as the fullest pillar needs. */
export function paginatePillarMap(columns: readonly MapColumn[], cardsPerColumn: number): MapPage[] {
  const capacity = Math.max(1, Math.floor(cardsPerColumn))
  const pageCount = Math.max(1, ...columns.map((column) => Math.ceil(column.cards.length / capacity)))
  return Array.from({ length: pageCount }, (_, index) => ({
    columns: columns.map((column) => ({
      column,
      cards: column.cards.slice(index * capacity, (index + 1) * capacity),
      continued: index > 0
    }))
  }))
}
