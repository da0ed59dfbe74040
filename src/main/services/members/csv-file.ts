import Papa from 'papaparse'

export const CSV_LIMITS = { bytes: 20 * 1024 * 1024, rows: 50_000, fieldChars: 10_000 } as const

export type CsvEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252'
export type CsvTable = { headers: string[]; rows: string[][]; encoding: CsvEncoding; delimiter: string }
export type CsvRead = { ok: true; table: CsvTable } | { ok: false; reason: string }

/**
 * Decodes the bytes a spreadsheet program wrote: a BOM says UTF-8 or UTF-16 (Excel's "Unicode
 * text"); otherwise strict UTF-8, falling back to Windows-1252 (Excel's default on Windows in
 * Western Europe) rather than turning letters into U+FFFD.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' }
  }
}

/** Parses CSV text (delimiter `,` `;` tab or `|` detected), keeping every value as text. */
export function parseCsv(text: string, encoding: CsvEncoding): CsvRead {
  const result = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
    dynamicTyping: false, // "00123" and "+4930123" stay exactly as written
    skipEmptyLines: false
  })
  // An unclosed quote swallows the rest of the file into one cell: refuse the whole file.
  const broken = result.errors.find((error) => error.type === 'Quotes')
  if (broken) {
    const row = (broken.row ?? 0) + 1
    return { ok: false, reason: `row ${row} has a quotation mark that is never closed, so the rows after it cannot be told apart` }
  }
  const lines = result.data.filter((cells, index, all) => !(index === all.length - 1 && cells.length === 1 && cells[0] === ''))
  const [headers, ...rows] = lines
  if (!headers || headers.every((header) => header.trim() === '')) return { ok: false, reason: 'the file has no header row' }
  if (rows.length === 0) return { ok: false, reason: 'the file has a header row but no members' }
  if (rows.length > CSV_LIMITS.rows) return { ok: false, reason: `the file has ${rows.length.toLocaleString('en')} rows; the limit is ${CSV_LIMITS.rows.toLocaleString('en')}` }
  for (let index = 0; index < rows.length; index += 1) {
    if (rows[index]!.some((cell) => cell.length > CSV_LIMITS.fieldChars)) {
      return { ok: false, reason: `row ${index + 2} has a value longer than ${CSV_LIMITS.fieldChars.toLocaleString('en')} characters` }
    }
  }
  return { ok: true, table: { headers: headers.map((header) => header.trim()), rows, encoding, delimiter: result.meta.delimiter } }
}

export function readCsvBytes(bytes: Uint8Array): CsvRead {
  if (bytes.length > CSV_LIMITS.bytes) return { ok: false, reason: `the file is ${(bytes.length / 1e6).toFixed(0)} MB; the limit is ${CSV_LIMITS.bytes / 1024 / 1024} MB` }
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' }
  const { text, encoding } = decodeCsv(bytes)
  return parseCsv(text, encoding)
}

/** CSV text for a spreadsheet: UTF-8 with a BOM (so Excel reads accents right), CRLF line ends. */
export function writeCsv(rows: string[][]): string {
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`
}
