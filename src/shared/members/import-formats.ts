/**
 * The text encodings and separators the import offers. Detection picks one of each; the user can
 * change either in the dialog and sees the preview change with it.
 */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'windows-1250',
  'windows-1257',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-15',
  'macintosh'
] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]

export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western Europe)',
  'windows-1250': 'Windows-1250 (Central Europe)',
  'windows-1257': 'Windows-1257 (Baltic)',
  'iso-8859-1': 'ISO-8859-1 (Latin-1)',
  'iso-8859-2': 'ISO-8859-2 (Latin-2)',
  'iso-8859-15': 'ISO-8859-15 (Latin-9, with €)',
  macintosh: 'Mac Roman'
}

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

export const DELIMITER_LABELS: Record<Delimiter, string> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Vertical bar' }

/** How a CSV file was (or is to be) read; a workbook is read by sheet instead. */
export type CsvReading = { encoding: TextEncoding; bom: boolean; delimiter: Delimiter }

export function describeEncoding(encoding: TextEncoding, bom: boolean): string {
  return `${ENCODING_LABELS[encoding]}${bom ? ' with BOM' : ''}`
}

/** A sheet of member data, whatever file it came from: the header row and the data rows under it. */
export type SourceTable = {
  headers: string[]
  rows: string[][]
  /** The row number the user sees in the file or sheet for each of `rows`. */
  rowNumbers: number[]
  /** Rows with no value at all, left out. */
  emptyRows: number
}

/** Builds a table from the rows of a file, its header at `headerIndex`; fully empty rows are left out and counted. */
export function tableFromRows(all: readonly string[][], headerIndex: number, rowNumberOf: (index: number) => number): SourceTable {
  const rows: string[][] = []
  const rowNumbers: number[] = []
  let emptyRows = 0
  for (let index = headerIndex + 1; index < all.length; index += 1) {
    const cells = all[index]!
    if (cells.every((cell) => cell.trim() === '')) {
      emptyRows += 1
      continue
    }
    rows.push(cells)
    rowNumbers.push(rowNumberOf(index))
  }
  return { headers: (all[headerIndex] ?? []).map((header) => header.trim()), rows, rowNumbers, emptyRows }
}

/** Where the rows came from and how they were read, as the dialog shows it (and lets the user change it). */
export type ImportSource =
  | ({ kind: 'csv' } & CsvReading)
  | { kind: 'xlsx'; sheet: string; sheets: string[]; headerRow: number }

/** What the user may change about how a file is read. */
export type ReadChoice = { encoding?: TextEncoding | undefined; delimiter?: Delimiter | undefined; sheet?: string | undefined }
