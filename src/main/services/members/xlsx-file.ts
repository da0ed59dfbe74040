import ExcelJS from 'exceljs'
import { tableFromRows, type SourceTable } from '../../../shared/members/import-formats'
import { formatDate, formatNumber } from './cell-format'
import { checkTable, type TableRead } from './csv-file'

/** How far down a title, notes or blank rows may push the header row. */
const HEADER_SEARCH_ROWS = 20

export type WorkbookRead = { ok: true; table: SourceTable; sheet: string; sheets: string[]; headerRow: number } | { ok: false; reason: string }

/** A cell's text as the sheet shows it; formulas by the value Excel saved with them. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return formatDate(value, cell.numFmt)
  if (typeof value === 'number') return formatNumber(value, cell.numFmt)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'string') return value
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('error' in value) return String(value.error)
  if ('text' in value) return typeof value.text === 'string' ? value.text : ''
  return ''
}

type SheetRow = { number: number; cells: string[]; heading: boolean }

/** Every row up to the last used one, cells as text; merged cells repeat their value. */
function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0
  const rows: SheetRow[] = []
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number)
    const cells: string[] = []
    const sources = new Set<string>()
    for (let column = 1; column <= width; column += 1) {
      const cell = row.getCell(column)
      const text = cellText(cell).trim()
      cells.push(text)
      if (text) sources.add(cell.isMerged ? cell.master.address : cell.address)
    }
    // One value merged across the row ("Universities", a section title): not a member.
    const filled = cells.filter(Boolean).length
    rows.push({ number, cells, heading: filled > 1 && sources.size === 1 })
  }
  return rows
}

/** The first row with at least two distinct labels and at least half as many as the widest row near the top. */
export function findHeaderRow(rows: readonly SheetRow[]): number {
  const top = rows.slice(0, HEADER_SEARCH_ROWS)
  const labels = (row: SheetRow) => (row.heading ? 0 : new Set(row.cells.filter(Boolean)).size)
  const widest = Math.max(0, ...top.map(labels))
  const index = top.findIndex((row) => labels(row) >= 2 && labels(row) * 2 >= widest)
  return index === -1 ? 0 : index
}

/** Reads one sheet of an .xlsx workbook (the first with data, unless `sheetName` says which). */
export async function readWorkbookBytes(bytes: Uint8Array, sheetName?: string): Promise<WorkbookRead> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer)
  } catch {
    return { ok: false, reason: 'it is not an Excel workbook (.xlsx) this app can read' }
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined)
  if (sheets.length === 0) return { ok: false, reason: 'the workbook has no sheets' }
  const sheet = sheetName ? sheets.find((candidate) => candidate.name === sheetName) : (sheets.find((candidate) => candidate.actualRowCount > 1) ?? sheets[0])
  if (!sheet) return { ok: false, reason: `the workbook has no sheet named "${sheetName}"` }
  const rows = sheetRows(sheet)
  const headerIndex = findHeaderRow(rows)
  const table = tableFromRows(
    rows.map((row) => (row.heading ? row.cells.map(() => '') : row.cells)),
    headerIndex,
    (index) => rows[index]!.number
  )
  const read: TableRead = checkTable(table)
  if (!read.ok) return read
  return { ok: true, table: read.table, sheet: sheet.name, sheets: sheets.map((candidate) => candidate.name), headerRow: rows[headerIndex]?.number ?? 1 }
}
