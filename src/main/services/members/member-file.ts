import { basename, extname } from 'node:path'
import type { ImportSource, ReadChoice, SourceTable } from '../../../shared/members/import-formats'
import { readRegularFile, UnsafeFileError } from '../../storage/bounded-read'
import { describeFsError } from '../../storage/fs-errors'
import { AppError } from '../app-error'
import { CSV_LIMITS, readCsvBytes } from './csv-file'

export type MemberFile = { fileName: string; source: ImportSource; table: SourceTable }

/** An .xlsx workbook is a ZIP archive: "PK" first, whatever the file is called. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** Reads a CSV file or an Excel workbook into a table, or explains in one sentence why it cannot be used. */
export async function readMemberFile(path: string, choice: ReadChoice = {}): Promise<MemberFile> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    bytes = await readRegularFile(path, CSV_LIMITS.bytes, { followLinks: true })
  } catch (error) {
    if (error instanceof UnsafeFileError) {
      throw new AppError('invalid-request', error.reason === 'too-large' ? `"${fileName}" is too large to import (the limit is 20 MiB).` : `"${fileName}" is not a file.`)
    }
    throw new AppError('io', `"${fileName}" could not be read: ${describeFsError(error)}.`)
  }
  const refuse = (reason: string) => new AppError('invalid-request', `"${fileName}" could not be read as a member list: ${reason}. Nothing was imported.`)
  if (extname(path).toLowerCase() === '.xls' && !isZip(bytes)) throw refuse('it is an old Excel 97–2003 workbook; save it as .xlsx or CSV first')
  if (isZip(bytes)) {
    // exceljs is large: loaded only when a workbook is imported.
    const { readWorkbookBytes } = await import('./xlsx-file')
    const read = await readWorkbookBytes(bytes, choice.sheet)
    if (!read.ok) throw refuse(read.reason)
    return { fileName, table: read.table, source: { kind: 'xlsx', sheet: read.sheet, sheets: read.sheets, headerRow: read.headerRow } }
  }
  const read = readCsvBytes(bytes, choice)
  if (!read.ok) throw refuse(read.reason)
  return { fileName, table: read.table, source: { kind: 'csv', ...read.reading } }
}
