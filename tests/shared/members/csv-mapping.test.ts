import { describe, expect, it } from 'vitest'
import { exportRows, guessMapping, neutralizeCell, restoreCell } from '../../../src/shared/members/csv-mapping'
import { mapRows } from '../../../src/shared/members/row-mapping'
import { recognisePillar, recogniseStage, unknownValues } from '../../../src/shared/members/value-mapping'
import { member } from '../../support/workspaces'

let next = 0
const newId = () => `id${next++}`

describe('guessMapping', () => {
  it('recognises English headers and common variants', () => {
    expect(guessMapping(['Organisation', 'Type', 'E-mail', 'Web', 'Notes'])).toEqual({ name: 0, pillar: 1, contactEmail: 2, website: 3, notes: 4 })
    expect(guessMapping(['Org name', 'Category', 'Company size', 'Contact person'])).toEqual({ name: 0, pillar: 1, size: 2, contactName: 3 })
    expect(guessMapping(['Company', 'Company size'])).toEqual({ name: 0, size: 1 })
    expect(guessMapping(['Foo', 'Bar'])).toEqual({})
  })
})

const table = (rows: string[][]) => ({ rows, rowNumbers: rows.map((_, index) => index + 2) })

describe('recognisePillar', () => {
  it.each([
    ['University of Bergen', 'academia'],
    ['Research institute', 'academia'],
    ['VC', 'investors'],
    ['Regional investment fund', 'investors'],
    ['Municipality', 'government'],
    ['Ministry', 'government'],
    ['Start-up', 'entrepreneurs'],
    ['Large company', 'industry'],
    ['Industry leaders', 'industry'],
    ['Université', 'academia'],
    ['Hochschule', 'academia'],
    ['Høgskole', 'academia'],
    ['Investisseur', 'investors'],
    ['Risikokapital', 'investors'],
    ['Gobierno', 'government'],
    ['Offentlig sektor', 'government'],
    ['Jeune pousse', 'entrepreneurs'],
    ['Emprendedores', 'entrepreneurs'],
    ['Grunderbedrift', 'entrepreneurs'],
    ['Unternehmen', 'industry'],
    ['Næringsliv', 'industry'],
    ['', 'unassigned'],
    ['Something else', null],
    ['Acadmia', null]
  ])('%s → %s', (value, pillar) => expect(recognisePillar(value)).toBe(pillar))

  it('uses what the user mapped before', () => expect(recognisePillar('Acadmia', { acadmia: 'academia' })).toBe('academia'))

  it('takes no value from Object itself', () => {
    for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(recognisePillar(value, {})).toBeNull()
      expect(recogniseStage(value, {})).toBeNull()
    }
  })
})

describe('recogniseStage', () => {
  it.each([
    ['Signed', 'committed'],
    ['LOI', 'letter-of-support'],
    ['Letter of intent', 'letter-of-support'],
    ['Lettre de soutien', 'letter-of-support'],
    ['Absichtserklärung', 'letter-of-support'],
    ['Støtteerklæring', 'letter-of-support'],
    ['Carta de apoyo', 'letter-of-support'],
    ['En négociation', 'in-talks'],
    ['In Gesprächen', 'in-talks'],
    ['I dialog', 'in-talks'],
    ['Mitglied', 'committed'],
    ['Signert', 'committed'],
    ['Firmado', 'committed'],
    ['Interessent', 'prospect'],
    ['', 'prospect'],
    ['Maybe later', null],
    ['Signd', null]
  ])('%s → %s', (value, stage) => expect(recogniseStage(value)).toBe(stage))
})

describe('unknownValues', () => {
  it('lists each unrecognised pillar and stage value once, with how many rows hold it', () => {
    const rows = [['A', 'Acadmia', 'Maybe later'], ['B', 'acadmia ', 'Signed'], ['C', 'University', 'Maybe later'], ['D', 'Acadmia', 'Hmm']]
    expect(unknownValues(table(rows), { name: 0, pillar: 1, stage: 2 }, { pillar: {}, stage: {} })).toEqual([
      { field: 'pillar', key: 'acadmia', value: 'Acadmia', count: 3 },
      { field: 'stage', key: 'maybe later', value: 'Maybe later', count: 2 },
      { field: 'stage', key: 'hmm', value: 'Hmm', count: 1 }
    ])
  })
})

describe('mapRows', () => {
  it('imports each row whole or reports it with its spreadsheet row number and reason', () => {
    const rows = [
      ['Skarvik Shipping', 'Large company', 'Committed'],
      ['', 'Startup', ''],
      ['', '', ''],
      ['X'.repeat(300), '', ''],
      ['Tern Capital', 'VC', 'letter of support']
    ]
    const { accepted, rejected } = mapRows(table(rows), { mapping: { name: 0, pillar: 1, stage: 2 } }, newId)
    expect(accepted.map(({ row, member: m }) => [row, m.name, m.pillar, m.stage])).toEqual([
      [2, 'Skarvik Shipping', 'industry', 'committed'],
      [6, 'Tern Capital', 'investors', 'letter-of-support']
    ])
    expect(rejected).toEqual([
      { row: 3, field: 'name', reason: 'it has no name' },
      { row: 4, reason: 'the row is empty' },
      { row: 5, field: 'name', reason: expect.stringContaining('name: must be at most 200 characters') }
    ])
  })

  it('keeps leading zeros and long numbers as text, and splits tags', () => {
    const { accepted } = mapRows(table([['Org 00123', '004791234567', 'a; b|c, a']]), { mapping: { name: 0, notes: 1, tags: 2 } }, newId)
    expect(accepted[0]!.member).toMatchObject({ name: 'Org 00123', notes: '004791234567', tags: ['a', 'b', 'c'] })
  })
})

describe('formula cells', () => {
  it('are neutralised on export and restored on import', () => {
    for (const value of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralizeCell(value)).toBe(`'${value}`)
      expect(restoreCell(neutralizeCell(value))).toBe(value)
    }
    expect(neutralizeCell('Plain name')).toBe('Plain name')
    expect(restoreCell("'quoted but harmless")).toBe("'quoted but harmless")
    expect(neutralizeCell("'quoted")).toBe("''quoted")
  })

  it('an apostrophe at the start of a value survives export and import', () => {
    for (const value of ["'quoted", "'=not a formula", "''twice"]) expect(restoreCell(neutralizeCell(value))).toBe(value)
  })

  it('never start an exported cell', () => {
    const rows = exportRows([member({ id: 'x', name: '=cmd|calc', notes: '@evil', website: '-1' })])
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })
})
