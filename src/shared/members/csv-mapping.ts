import { foldText } from '../fold-text'
import { PLACEMENTS, placementLabel, type Placement } from '../pillars'
import { MEMBER_ROLES, MEMBER_SIZES, MEMBER_STAGES, MAX_TAGS, MemberSchema, ROLE_LABELS, SIZE_LABELS, STAGE_LABELS, type Member, type MemberInput } from '../workspace/member'
import { describeIssues } from '../workspace/load'
import { joinTags, parseTags } from './tags'

/** The member fields a CSV column can fill, in the order the mapping form shows them. */
export const IMPORT_FIELDS = ['name', 'pillar', 'role', 'stage', 'sector', 'city', 'region', 'website', 'contactName', 'contactEmail', 'size', 'tags', 'notes'] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]
/** Which column (by index) fills each field; fields left out stay empty. */
export type ColumnMapping = Partial<Record<ImportField, number>>

export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  pillar: 'Pillar (or type / category)',
  role: 'Role',
  stage: 'Stage',
  sector: 'Sector',
  city: 'City',
  region: 'Region',
  website: 'Website',
  contactName: 'Contact name',
  contactEmail: 'Contact e-mail',
  size: 'Size',
  tags: 'Tags',
  notes: 'Notes'
}

const simplify = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, ' ').trim()

/**
 * Header words (simplified) that name each field, most specific first: English and its
 * variants, plus the words German, French, Norwegian and Spanish spreadsheets commonly use.
 */
const HEADER_NAMES: Record<ImportField, string[]> = {
  name: ['organisation', 'organization', 'org name', 'organisation name', 'organization name', 'company', 'company name', 'name', 'member', 'member name', 'partner', 'institution', 'org', 'firma', 'unternehmen', 'nom', 'entreprise', 'navn', 'bedrift', 'empresa', 'nombre'],
  pillar: ['pillar', 'type', 'category', 'stakeholder type', 'stakeholder', 'organisation type', 'organization type', 'segment', 'group', 'kategorie', 'categorie', 'kategori', 'typ', 'tipo'],
  role: ['role', 'membership', 'membership type', 'member role'],
  stage: ['stage', 'status', 'commitment', 'commitment stage', 'membership status'],
  sector: ['sector', 'industry', 'field', 'domain', 'area'],
  city: ['city', 'town', 'location', 'place', 'stadt', 'ort', 'ville', 'by', 'sted', 'ciudad'],
  region: ['region', 'county', 'state', 'province', 'country'],
  website: ['website', 'web', 'url', 'homepage', 'site', 'web site', 'www', 'webseite', 'site web', 'nettside'],
  contactName: ['contact', 'contact name', 'contact person', 'representative', 'main contact', 'ansprechpartner', 'kontaktperson'],
  contactEmail: ['e mail', 'email', 'mail', 'contact email', 'contact e mail', 'email address', 'e post', 'epost', 'courriel', 'correo'],
  size: ['size', 'company size', 'organisation size', 'organization size', 'employees'],
  tags: ['tags', 'keywords', 'labels', 'tag'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description']
}

/** Guesses which column fills which field from the header row; each column is used once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const simple = headers.map(simplify)
  const used = new Set<number>()
  const mapping: ColumnMapping = {}
  // Exact matches first for every field, then partial ones, so "Company" is not taken by "Company size".
  for (const exact of [true, false]) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== undefined) continue
      for (const name of HEADER_NAMES[field]) {
        const index = simple.findIndex((header, at) => !used.has(at) && (exact ? header === name : header.startsWith(`${name} `) || header.endsWith(` ${name}`)))
        if (index !== -1) {
          mapping[field] = index
          used.add(index)
          break
        }
      }
    }
  }
  return mapping
}

const PILLAR_WORDS: [RegExp, Placement][] = [
  [/\b(invest|investor|venture|vc|capital|fund|angel|bank|finance|financ)/, 'investors'],
  [/\b(universit|academ|college|institute|school|research|r d|lab\b|laboratory|polytechnic|hochschule|forschung)/, 'academia'],
  [/\b(government|ministry|municipal|council|agency|authority|public|state|department|city of|county|federal|ministerium|behorde|kommune|commune|gouvernement)/, 'government'],
  [/\b(start ?up|scale ?up|entrepreneur|founder|spin ?off|spinout)/, 'entrepreneurs'],
  [/\b(industry|industrial|industrie|corporat|company|enterprise|large|manufactur|firm|business|sme)/, 'industry']
]

/** A pillar from a pillar, type or category value ("University" → Academia, "VC" → Investors). */
export function guessPillar(value: string): Placement {
  const text = simplify(value)
  if (!text) return 'unassigned'
  for (const placement of PLACEMENTS) if (text === simplify(placementLabel(placement)) || text === placement) return placement
  for (const [pattern, placement] of PILLAR_WORDS) if (pattern.test(text)) return placement
  return 'unassigned'
}

function guessFromLabels<T extends string>(value: string, options: readonly T[], labels: Record<T, string>, fallback: T): T {
  const text = simplify(value)
  if (!text) return fallback
  return options.find((option) => simplify(labels[option]) === text || simplify(option) === text) ?? options.find((option) => simplify(labels[option]).startsWith(text)) ?? fallback
}

/** Spreadsheet programs read cells starting with these as formulas. */
const FORMULA_START = /^[=+\-@\t\r]/

/** Makes a cell safe to open in a spreadsheet: a leading ' stops it being read as a formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** Undoes `neutralizeCell` on import, so an exported file re-imports to the same data. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}

export type RowProblem = { row: number; reason: string }
export type MappedRows = { accepted: { row: number; member: Member }[]; rejected: RowProblem[] }

/**
 * Turns data rows into members. `firstRow` is the spreadsheet row number of rows[0] (2 when the
 * header is row 1), so problems name the row the user sees. Every row is either imported whole
 * or reported with its reason; none is dropped silently or half imported.
 */
export function mapRows(rows: readonly string[][], mapping: ColumnMapping, newId: () => string, firstRow = 2): MappedRows {
  const accepted: { row: number; member: Member }[] = []
  const rejected: RowProblem[] = []
  rows.forEach((cells, index) => {
    const row = firstRow + index
    const cell = (field: ImportField) => {
      const column = mapping[field]
      return column === undefined ? '' : restoreCell((cells[column] ?? '').trim())
    }
    if (cells.every((value) => value.trim() === '')) return rejected.push({ row, reason: 'the row is empty' })
    const input: MemberInput = {
      id: newId(),
      name: cell('name'),
      pillar: guessPillar(cell('pillar')),
      role: guessFromLabels(cell('role'), MEMBER_ROLES, ROLE_LABELS, 'member'),
      stage: guessFromLabels(cell('stage'), MEMBER_STAGES, STAGE_LABELS, 'prospect'),
      sector: cell('sector'),
      city: cell('city'),
      region: cell('region'),
      website: cell('website'),
      contactName: cell('contactName'),
      contactEmail: cell('contactEmail'),
      size: guessFromLabels(cell('size'), MEMBER_SIZES, SIZE_LABELS, 'unknown'),
      notes: cell('notes'),
      tags: parseTags(cell('tags')).slice(0, MAX_TAGS)
    }
    if (!input.name) return rejected.push({ row, reason: 'it has no name' })
    const parsed = MemberSchema.safeParse(input)
    if (!parsed.success) return rejected.push({ row, reason: describeIssues(parsed.error) })
    accepted.push({ row, member: parsed.data })
    return undefined
  })
  return { accepted, rejected }
}

/** The columns of an exported member list: labels a person reads, and that import maps back. */
export const EXPORT_COLUMNS: { header: string; value: (member: Member) => string }[] = [
  { header: 'Name', value: (member) => member.name },
  { header: 'Pillar', value: (member) => placementLabel(member.pillar) },
  { header: 'Role', value: (member) => ROLE_LABELS[member.role] },
  { header: 'Stage', value: (member) => STAGE_LABELS[member.stage] },
  { header: 'Sector', value: (member) => member.sector },
  { header: 'City', value: (member) => member.city },
  { header: 'Region', value: (member) => member.region },
  { header: 'Website', value: (member) => member.website },
  { header: 'Contact name', value: (member) => member.contactName },
  { header: 'Contact e-mail', value: (member) => member.contactEmail },
  { header: 'Size', value: (member) => SIZE_LABELS[member.size] },
  { header: 'Tags', value: (member) => joinTags(member.tags) },
  { header: 'Notes', value: (member) => member.notes }
]

/** Header row and data rows for export, every cell neutralised. */
export function exportRows(members: readonly Member[]): string[][] {
  return [EXPORT_COLUMNS.map((column) => column.header), ...members.map((member) => EXPORT_COLUMNS.map((column) => neutralizeCell(column.value(member))))]
}
