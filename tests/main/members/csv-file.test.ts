import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportRows, guessMapping } from '../../../src/shared/members/csv-mapping'
import { mapRows } from '../../../src/shared/members/row-mapping'
import { parseCsv, readCsvBytes, writeCsv } from '../../../src/main/services/members/csv-file'
import { member, ROOT } from '../../support/workspaces'

const fixture = (name: string) => readFile(join(ROOT, 'tests', 'fixtures', 'csv', name))
const ids = (...list: string[]) => () => list.shift() ?? 'extra'

async function readFixture(name: string, choice: Parameters<typeof readCsvBytes>[1] = {}) {
  const read = readCsvBytes(await fixture(name), choice)
  if (!read.ok) throw new Error(read.reason)
  return read
}

describe('reading CSV files', () => {
  it('UTF-8 with BOM and CRLF, quoted commas, quotes and newlines', async () => {
    const read = await readFixture('utf8-bom-crlf.csv')
    expect(read.reading).toEqual({ encoding: 'utf-8', bom: true, delimiter: ',' })
    expect(read.table.headers[0]).toBe('Organisation')
    expect(read.table.rows).toHaveLength(4)
    expect(read.table.rows[0]![7]).toBe('Founding partner, "green corridor" lead')
    expect(read.table.rows[1]![7]).toBe('Line one\nline two')
    expect(read.table.rows[2]![0]).toBe('Bluefin Analytics, Ltd')
  })

  it('semicolons and Windows-1252, as Excel writes in Germany', async () => {
    const read = await readFixture('semicolon-windows-1252.csv')
    expect(read.reading).toMatchObject({ encoding: 'windows-1252', delimiter: ';' })
    expect(read.table.rows.map((row) => row[0])).toEqual(['Müller & Söhne GmbH', 'Straße der Forschung e.V.', 'Größe 1,5 Mio. Förderung'])
  })

  it('UTF-16 LE with tabs, as Excel saves "Unicode text"', async () => {
    const read = await readFixture('utf16le-tab.txt')
    expect(read.reading).toEqual({ encoding: 'utf-16le', bom: true, delimiter: '\t' })
    expect(read.table.headers).toEqual(['Name', 'Pillar', 'City'])
    expect(read.table.rows[1]).toEqual(['Ελληνική Ναυτιλία', 'Investors', 'Πειραιάς'])
  })

  it('refuses a file with an unclosed quote as a whole, naming the row', async () => {
    expect(readCsvBytes(await fixture('unbalanced-quote.csv'))).toEqual({ ok: false, reason: expect.stringMatching(/^row \d+ has a quotation mark that is never closed/) })
  })

  it('explains empty files, header-only files and over-long values', () => {
    expect(readCsvBytes(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' })
    expect(readCsvBytes(new TextEncoder().encode('Name,City\n'))).toEqual({ ok: false, reason: 'the file has a header row but no members' })
    expect(readCsvBytes(new TextEncoder().encode(`Name\n${'x'.repeat(10_001)}\n`))).toMatchObject({ ok: false, reason: expect.stringContaining('row 2 has a value longer') })
  })

  it('reads 10,000 rows', () => {
    const text = ['Name,Type,City', ...Array.from({ length: 10_000 }, (_, i) => `Org ${i},${i % 2 ? 'University' : 'Startup'},City ${i}`)].join('\n')
    const read = parseCsv(text)
    if (!read.ok) throw new Error(read.reason)
    const { accepted, rejected } = mapRows(read.table, { mapping: guessMapping(read.table.headers) }, (() => { let n = 0; return () => `r${n++}` })())
    expect(accepted).toHaveLength(10_000)
    expect(rejected).toEqual([])
  })

  it('never throws on any bytes; every data row is imported or reported (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 400 }), (bytes, text) => {
        for (const input of [bytes, new TextEncoder().encode(`Name,Notes\n${text}`)]) {
          const read = readCsvBytes(input)
          if (!read.ok) continue
          const { accepted, rejected } = mapRows(read.table, { mapping: { name: 0 } }, () => 'x')
          expect(accepted.length + rejected.length).toBe(read.table.rows.length)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('encodings (one fixture per defect)', () => {
  it('Windows-1252 bytes 0x80–0x9F become € œ ‘ ’ “ ” – — … ™ š ž Ÿ ƒ, not control characters', async () => {
    const read = await readFixture('windows-1252-punctuation.csv')
    expect(read.reading.encoding).toBe('windows-1252')
    expect(read.table.rows).toEqual([
      ['Œuvre Café SARL', 'Paris', 'Budget 5 000 € – “premium” … ™'],
      ['Škoda Žilina Ÿ', 'Brno', '‘quoted’ — ƒ œ š ž']
    ])
    expect(read.table.rows.flat().join('')).not.toMatch(/[\u0080-\u009f]/)
  })

  it('Windows-1250 (Polish, Czech) is told from Windows-1252: "Łódź" stays "Łódź"', async () => {
    const read = await readFixture('windows-1250-polish.csv')
    expect(read.reading).toMatchObject({ encoding: 'windows-1250', delimiter: ';' })
    expect(read.table.rows.map((row) => row[1])).toEqual(['Łódź', 'Třinec', 'Katowice'])
    expect(read.table.rows[2]![0]).toBe('Uniwersytet Śląski')
  })

  it.each([
    ['utf16le-bom-2col.txt', 'utf-16le', true],
    ['utf16le-nobom.txt', 'utf-16le', false],
    ['utf16be-bom.txt', 'utf-16be', true],
    ['utf16be-nobom.txt', 'utf-16be', false]
  ] as const)('UTF-16 %s is read as %s (BOM %s), two tab-separated columns', async (name, encoding, bom) => {
    const read = await readFixture(name)
    expect(read.reading).toEqual({ encoding, bom, delimiter: '\t' })
    expect(read.table.headers).toEqual(['Name', 'City'])
    expect(read.table.rows).toEqual([['Łódź Tech', 'Łódź'], ['Ελληνική Ναυτιλία', 'Πειραιάς']])
  })

  it.each([
    ['windows-1257-baltic.csv', 'windows-1257', 'Klaipėda'],
    ['iso-8859-15-euro.csv', 'iso-8859-15', 'Fee 500 €'],
    ['mac-roman.csv', 'macintosh', 'München']
  ] as const)('%s is detected as %s', async (name, encoding, expected) => {
    const read = await readFixture(name)
    expect(read.reading.encoding).toBe(encoding)
    expect(read.table.rows.flat()).toContain(expected)
  })

  it('ISO-8859-1 and ISO-8859-2 decode as themselves when chosen', () => {
    const latin1 = readCsvBytes(new Uint8Array([...new TextEncoder().encode('Name\n'), 0x43, 0x61, 0x66, 0xe9, 0x0a]), { encoding: 'iso-8859-1' })
    expect(latin1.ok && latin1.table.rows[0]).toEqual(['Café'])
    const latin2 = readCsvBytes(new Uint8Array([...new TextEncoder().encode('Name\n'), 0xa3, 0xf3, 0x64, 0xbc, 0x0a]), { encoding: 'iso-8859-2' })
    expect(latin2.ok && latin2.table.rows[0]).toEqual(['Łódź'])
  })
})

describe('separators', () => {
  it.each([
    ['two-columns-semicolon.csv', ';'],
    ['two-columns-tab.txt', '\t']
  ] as const)('a two-column %s ending with a newline splits on %j', async (name, delimiter) => {
    const read = await readFixture(name)
    expect(read.reading.delimiter).toBe(delimiter)
    expect(read.table.headers).toEqual(['Name', 'City'])
    expect(read.table.rows).toEqual([['Skarvik Shipping AS', 'Bergen'], ['Tern Capital', 'Oslo']])
  })

  it('splits on the separator the user picks instead', async () => {
    const read = await readFixture('two-columns-semicolon.csv', { delimiter: ',' })
    expect(read.table.headers).toEqual(['Name;City'])
  })

  it('follows the "sep=;" line Excel writes, which is not the header', () => {
    const read = readCsvBytes(new TextEncoder().encode('sep=;\r\nName;City\r\nA, B & Co;Oslo\r\n'))
    expect(read.ok && { reading: read.reading, headers: read.table.headers, rows: read.table.rows, rowNumbers: read.table.rowNumbers }).toEqual({
      reading: { encoding: 'utf-8', bom: false, delimiter: ';' },
      headers: ['Name', 'City'],
      rows: [['A, B & Co', 'Oslo']],
      rowNumbers: [3]
    })
  })

  it('leaves blank rows out and counts them, keeping the row numbers the file shows', () => {
    const read = parseCsv('Name,City\nA,Oslo\n,\n\nB,Bergen\n')
    if (!read.ok) throw new Error(read.reason)
    expect(read.table).toMatchObject({ rows: [['A', 'Oslo'], ['B', 'Bergen']], rowNumbers: [2, 5], emptyRows: 2 })
  })
})

describe('CSV export', () => {
  const roundTrip = (members: ReturnType<typeof member>[]) => {
    const read = readCsvBytes(new TextEncoder().encode(writeCsv(exportRows(members))))
    if (!read.ok) throw new Error(read.reason)
    return mapRows(read.table, { mapping: guessMapping(read.table.headers) }, ids(...members.map((m) => m.id))).accepted.map((entry) => entry.member)
  }

  it('exports a file a spreadsheet opens safely and that reads back to the same data', () => {
    const members = [
      member({ id: 'a', name: '=HYPERLINK("http://evil","x")', pillar: 'academia', stage: 'committed', notes: 'Line 1\nLine 2, with "quotes"', tags: ['one', 'two'] }),
      member({ id: 'b', name: 'Müller & Söhne', website: 'https://m.example', city: '+47 Oslo', role: 'founding-member', size: 'sme' })
    ]
    expect(writeCsv(exportRows(members)).startsWith('\uFEFF')).toBe(true)
    expect(roundTrip(members)).toEqual(members)
  })

  it('quotes every cell holding ; or a tab, so a spreadsheet splitting on ; or tabs keeps it whole', () => {
    const csv = writeCsv(exportRows([member({ id: 'a', name: 'Acme;=cmd|calc', city: 'a|b', notes: 'Oslo\t=1+1' })]))
    const line = csv.split('\r\n')[1]!
    expect(line).toContain('"Acme;=cmd|calc"')
    expect(line).toContain('"Oslo\t=1+1"')
    // Split as a German or French spreadsheet would (on ; outside quotes): no cell starts a formula.
    const cells = Papa_split(line, ';')
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/)
  })

  it('tags never start a cell with a formula character, and read back', () => {
    const members = [member({ id: 't', name: 'Tagged', tags: ['=SUM(A1)', '-minus', '@at', 'plain'] })]
    const rows = exportRows(members)
    const tags = rows[1]![rows[0]!.indexOf('Tags')]!
    for (const part of tags.split(';')) expect(part.trim()).not.toMatch(/^[=+\-@]/)
    expect(roundTrip(members)).toEqual(members)
  })

  it('a value that begins with an apostrophe round-trips', () => {
    const members = [member({ id: 'q', name: "'quoted", notes: "'=not a formula", tags: ["'tag"] })]
    expect(roundTrip(members)).toEqual(members)
  })
})

/** Splits one CSV line on `separator` outside double quotes. */
function Papa_split(line: string, separator: string): string[] {
  const cells: string[] = []
  let current = ''
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    if (char === separator && !quoted) {
      cells.push(current)
      current = ''
    } else current += char
  }
  return [...cells, current]
}
