import Papa from 'papaparse'
import { DELIMITERS, tableFromRows, type CsvReading, type Delimiter, type SourceTable, type TextEncoding } from '../../../shared/members/import-formats'
import { decodeBytes, detectEncoding } from './text-decoding'

export const CSV_LIMITS = { bytes: 20 * 1024 * 1024, rows: 50_000, fieldChars: 10_000 } as const

export type TableRead = { ok: true; table: SourceTable } | { ok: false; reason: string }
export type CsvRead = { ok: true; table: SourceTable; reading: CsvReading } | { ok: false; reason: string }

/**
 * The separator that splits the first lines into the same number of cells. Blank lines are
 * skipped while guessing: the newline Excel ends a file with made a two-column file look ragged.
 */
export function guessDelimiter(text: string): Delimiter {
  const head = Papa.parse<string[]>(text.slice(0, 64 * 1024), { delimiter: '', delimitersToGuess: [...DELIMITERS], preview: 50, skipEmptyLines: 'greedy' })
  return (DELIMITERS as readonly string[]).includes(head.meta.delimiter) ? (head.meta.delimiter as Delimiter) : ','
}

/** Checks the limits every import shares (rows, value length) and that there is a header and data. */
export function checkTable(table: SourceTable): TableRead {
  if (table.headers.every((header) => header === '')) return { ok: false, reason: 'the file has no header row' }
  if (table.rows.length === 0) return { ok: false, reason: 'the file has a header row but no members' }
  if (table.rows.length > CSV_LIMITS.rows) return { ok: false, reason: `the file has ${table.rows.length.toLocaleString('en')} rows; the limit is ${CSV_LIMITS.rows.toLocaleString('en')}` }
  for (let index = 0; index < table.rows.length; index += 1) {
    if (table.rows[index]!.some((cell) => cell.length > CSV_LIMITS.fieldChars)) {
      return { ok: false, reason: `row ${table.rowNumbers[index]} has a value longer than ${CSV_LIMITS.fieldChars.toLocaleString('en')} characters` }
    }
  }
  return { ok: true, table }
}

/** Parses CSV text with the given separator (or the guessed one), keeping every value as text. `firstLine`: the file's line number of the text's first line. */
export function parseCsv(text: string, delimiter: Delimiter = guessDelimiter(text), firstLine = 1): TableRead {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    dynamicTyping: false, // "00123" and "+4930123" stay exactly as written
    skipEmptyLines: false
  })
  // An unclosed quote swallows the rest of the file into one cell: refuse the whole file.
  const broken = result.errors.find((error) => error.type === 'Quotes')
  if (broken) {
    const row = (broken.row ?? 0) + 1
    return { ok: false, reason: `row ${row} has a quotation mark that is never closed, so the rows after it cannot be told apart` }
  }
  // The newline that ends the last line is not a row of its own.
  const last = result.data.at(-1)
  const records = last && last.length === 1 && last[0] === '' ? result.data.slice(0, -1) : result.data
  return checkTable(tableFromRows(records, 0, (index) => index + firstLine))
}

/** Reads CSV bytes; `choice` holds what the user picked in the dialog instead of what was detected. */
export function readCsvBytes(bytes: Uint8Array, choice: { encoding?: TextEncoding | undefined; delimiter?: Delimiter | undefined } = {}): CsvRead {
  if (bytes.length > CSV_LIMITS.bytes) return { ok: false, reason: `the file is ${(bytes.length / 1e6).toFixed(0)} MB; the limit is ${CSV_LIMITS.bytes / 1024 / 1024} MB` }
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' }
  const decoded = decodeBytes(bytes, choice.encoding ?? detectEncoding(bytes).encoding)
  // Excel's "sep=;" first line names the separator and is not the header.
  const sep = /^sep=([,;\t|])\r?\n/i.exec(decoded.text)
  const text = sep ? decoded.text.slice(sep[0].length) : decoded.text
  const delimiter = choice.delimiter ?? (sep?.[1] as Delimiter | undefined) ?? guessDelimiter(text)
  const read = parseCsv(text, delimiter, sep ? 2 : 1)
  return read.ok ? { ...read, reading: { encoding: decoded.encoding, bom: decoded.bom, delimiter } } : read
}

/** Cells a spreadsheet would split or misread unless quoted, whatever list separator its locale uses. */
const NEEDS_QUOTES = /[,;\t|"\r\n]|^\s|\s$/

/** CSV text for a spreadsheet: UTF-8 with a BOM (so Excel reads accents right), CRLF line ends. */
export function writeCsv(rows: string[][]): string {
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: (value: unknown) => NEEDS_QUOTES.test(String(value)) })}\r\n`
}
