import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDate, formatNumber } from '../../../src/main/services/members/cell-format'
import { readMemberFile } from '../../../src/main/services/members/member-file'
import { readWorkbookBytes } from '../../../src/main/services/members/xlsx-file'
import { ROOT } from '../../support/workspaces'

const WORKBOOK = join(ROOT, 'tests', 'fixtures', 'csv', 'members.xlsx')

describe('reading Excel workbooks', () => {
  it('picks the sheet with data, finds the header under a title, shows values as the sheet does', async () => {
    const file = await readMemberFile(WORKBOOK)
    expect(file.source).toEqual({ kind: 'xlsx', sheet: 'Members 2026', sheets: ['Read me', 'Members 2026'], headerRow: 3 })
    expect(file.table.headers).toEqual(['Organisation', 'Type', 'City', 'Joined', 'Fee (EUR)', 'Share', 'Postcode', 'Fee x2'])
    expect(file.table.rows).toEqual([
      ['Université de Nantes', 'Université', 'Nantes', '05.03.2024', '1,234.50', '12.5%', '04400', '2469'],
      ['Høgskolen på Vestlandet', 'Høgskole', 'Bergen', '30.11.2025', '900.00', '50.0%', '05063', '1800'],
      // A cell merged over two rows holds for both.
      ['Kestrel Robotics', 'Startup', 'Bergen', '09.01.2023', '0.00', '0.0%', '00501', '0'],
      ['Tern Capital', 'VC', 'Oslo', '', '', '', '', '']
    ])
    // Row numbers as the sheet shows them; the heading across the sheet and the blank row are left out.
    expect(file.table.rowNumbers).toEqual([5, 6, 7, 9])
    expect(file.table.emptyRows).toBe(2)
  })

  it('reads the sheet the user picks, and names a missing one', async () => {
    const bytes = new Uint8Array(await readFile(WORKBOOK))
    expect(await readWorkbookBytes(bytes, 'Read me')).toMatchObject({ ok: false, reason: 'the file has a header row but no members' })
    expect(await readWorkbookBytes(bytes, 'Nope')).toEqual({ ok: false, reason: 'the workbook has no sheet named "Nope"' })
  })

  it('refuses bytes that only look like a workbook', async () => {
    expect(await readWorkbookBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, reason: 'it is not an Excel workbook (.xlsx) this app can read' })
  })

  it('formats dates and numbers by their number format', () => {
    const date = new Date(Date.UTC(2024, 0, 2, 13, 5, 9))
    expect(formatDate(date, 'yyyy-mm-dd')).toBe('2024-01-02')
    expect(formatDate(date, 'd/m/yy')).toBe('2/1/24')
    expect(formatDate(date, 'dd mmm yyyy hh:mm')).toBe('02 Jan 2024 13:05')
    expect(formatDate(date, undefined)).toBe('2024-01-02')
    expect(formatNumber(1234567.891, '#,##0.00')).toBe('1,234,567.89')
    expect(formatNumber(-0.256, '0%')).toBe('-26%')
    expect(formatNumber(42, 'General')).toBe('42')
    expect(formatNumber(4791234567, undefined)).toBe('4791234567')
  })
})
