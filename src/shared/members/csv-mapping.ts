import { placementLabel } from '../pillars'
import { ROLE_LABELS, SIZE_LABELS, STAGE_LABELS, type Member } from '../workspace/member'
import { joinTags } from './tags'
import { simplifyValue as simplify } from './value-mapping'

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

/** Spreadsheet programs read cells starting with these as formulas. */
const FORMULA_START = /^[=+\-@\t\r\n\0]/

/**
 * Makes a cell safe to open in a spreadsheet: a leading ' stops it being read as a formula. A
 * value that itself begins with ' gets one more, so that it reads back unchanged.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value
}

/** Undoes `neutralizeCell` on import, so an exported file re-imports to the same data. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && (FORMULA_START.test(value.slice(1)) || value.startsWith("''")) ? value.slice(1) : value
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
  { header: 'Tags', value: (member) => joinTags(member.tags.map(neutralizeCell)) },
  { header: 'Notes', value: (member) => member.notes }
]

/** Header row and data rows for export, every cell neutralised. */
export function exportRows(members: readonly Member[]): string[][] {
  return [EXPORT_COLUMNS.map((column) => column.header), ...members.map((member) => EXPORT_COLUMNS.map((column) => neutralizeCell(column.value(member))))]
}
