import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportRows, guessMapping, mapRows } from '../../../src/shared/members/csv-mapping'
import { decodeCsv, parseCsv, readCsvBytes, writeCsv } from '../../../src/main/services/members/csv-file'
import { member, ROOT } from '../../support/workspaces'

const fixture = (name: string) => readFile(join(ROOT, 'tests', 'fixtures', 'csv', name))

describe('reading CSV files', () => {
  it('UTF-8 with BOM and CRLF, quoted commas, quotes and newlines', async () => {
    const read = readCsvBytes(await fixture('utf8-bom-crlf.csv'))
    if (!read.ok) throw new Error(read.reason)
    expect(read.table.encoding).toBe('UTF-8 with BOM')
    expect(read.table.headers[0]).toBe('Organisation')
    expect(read.table.rows).toHaveLength(4)
    expect(read.table.rows[0]![7]).toBe('Founding partner, "green corridor" lead')
    expect(read.table.rows[1]![7]).toBe('Line one\nline two')
    expect(read.table.rows[2]![0]).toBe('Bluefin Analytics, Ltd')
  })

  it('semicolons and Windows-1252, as Excel writes in Germany', async () => {
    const read = readCsvBytes(await fixture('semicolon-windows-1252.csv'))
    if (!read.ok) throw new Error(read.reason)
    expect(read.table).toMatchObject({ encoding: 'Windows-1252', delimiter: ';' })
    expect(read.table.rows.map((row) => row[0])).toEqual(['Müller & Söhne GmbH', 'Straße der Forschung e.V.', 'Größe 1,5 Mio. Förderung'])
  })

  it('UTF-16 LE with tabs, as Excel saves "Unicode text"', async () => {
    const read = readCsvBytes(await fixture('utf16le-tab.txt'))
    if (!read.ok) throw new Error(read.reason)
    expect(read.table).toMatchObject({ encoding: 'UTF-16 LE', delimiter: '\t', headers: ['Name', 'Pillar', 'City'] })
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
    const read = parseCsv(text, 'UTF-8')
    if (!read.ok) throw new Error(read.reason)
    const { accepted, rejected } = mapRows(read.table.rows, guessMapping(read.table.headers), (() => { let n = 0; return () => `r${n++}` })())
    expect(accepted).toHaveLength(10_000)
    expect(rejected).toEqual([])
  })

  it('never throws on any bytes; every data row is imported or reported (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 400 }), (bytes, text) => {
        for (const input of [bytes, new TextEncoder().encode(`Name,Notes\n${text}`)]) {
          const read = readCsvBytes(input)
          if (!read.ok) continue
          const { accepted, rejected } = mapRows(read.table.rows, { name: 0 }, () => 'x')
          expect(accepted.length + rejected.length).toBe(read.table.rows.length)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('exports a file a spreadsheet opens safely and that reads back to the same data', () => {
    const members = [
      member({ id: 'a', name: '=HYPERLINK("http://evil","x")', pillar: 'academia', stage: 'committed', notes: 'Line 1\nLine 2, with "quotes"', tags: ['one', 'two'] }),
      member({ id: 'b', name: 'Müller & Söhne', website: 'https://m.example', city: '+47 Oslo', role: 'founding-member', size: 'sme' })
    ]
    const csv = writeCsv(exportRows(members))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const decoded = decodeCsv(new TextEncoder().encode(csv))
    const read = parseCsv(decoded.text, decoded.encoding)
    if (!read.ok) throw new Error(read.reason)
    const { accepted } = mapRows(read.table.rows, guessMapping(read.table.headers), (() => { const ids = ['a', 'b']; return () => ids.shift()! })())
    expect(accepted.map((entry) => entry.member)).toEqual(members)
  })
})
