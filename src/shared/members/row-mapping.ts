import { MAX_TAGS, MEMBER_ROLES, MEMBER_SIZES, MemberSchema, ROLE_LABELS, SIZE_LABELS, type Member, type MemberInput } from '../workspace/member'
import { describeIssues } from '../workspace/load'
import { IMPORT_FIELDS, restoreCell, type ColumnMapping, type ImportField } from './csv-mapping'
import type { SourceTable } from './import-formats'
import { emptyValueMap, recognisePillar, recogniseStage, simplifyValue, type ValueMap } from './value-mapping'

/** A row that cannot be imported as it is (an error) or can but looks wrong (a warning). */
export type RowProblem = { row: number; reason: string; field?: ImportField; severity?: 'warning' }
/** The user's corrections made in the dialog: row number → field → the value to use instead. */
export type RowFixes = Record<number, Partial<Record<ImportField, string>>>
export type MappingChoices = { mapping: ColumnMapping; values?: ValueMap; fixes?: RowFixes }
export type MappedRows = { accepted: { row: number; member: Member }[]; rejected: RowProblem[]; warnings: RowProblem[] }
/** Reports progress every so many rows and stops (by throwing) when told to. */
export type ProgressHooks = { onProgress?: (done: number, total: number) => void; shouldStop?: () => boolean }

export class ImportStopped extends Error {
  constructor() {
    super('The import was cancelled.')
  }
}

export const PROGRESS_EVERY = 1_000

function fromLabels<T extends string>(value: string, options: readonly T[], labels: Record<T, string>, fallback: T): T {
  const text = simplifyValue(value)
  if (!text) return fallback
  return options.find((option) => simplifyValue(labels[option]) === text || simplifyValue(option) === text) ?? options.find((option) => simplifyValue(labels[option]).startsWith(text)) ?? fallback
}

function remembered<T>(read: (value: string) => T): (value: string) => T {
  const known = new Map<string, T>()
  return (value) => {
    let result = known.get(value)
    if (result === undefined) known.set(value, (result = read(value)))
    return result
  }
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/
const WEBSITE = /^(?:https?:\/\/)?[^\s/?#@:]+\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i

/** Warnings for values that are imported as written but look wrong: never changed silently. */
function checkContact(row: number, member: Member): RowProblem[] {
  const problems: RowProblem[] = []
  if (member.contactEmail && !EMAIL.test(member.contactEmail)) problems.push({ row, field: 'contactEmail', severity: 'warning', reason: `“${member.contactEmail}” does not look like an e-mail address` })
  if (member.website && !WEBSITE.test(member.website)) problems.push({ row, field: 'website', severity: 'warning', reason: `“${member.website}” does not look like a web address` })
  return problems
}

const fieldOfIssue = (path: readonly PropertyKey[]) => (IMPORT_FIELDS as readonly PropertyKey[]).includes(path[0] ?? '') ? (path[0] as ImportField) : undefined

/**
 * Turns data rows into members. Every row is either imported whole or reported with the row
 * number the user sees and its reason; none is dropped silently or half imported. Pillar and
 * stage values are taken as recognised or as mapped in `values`; the dialog lists the rest first.
 */
export function mapRows(table: Pick<SourceTable, 'rows' | 'rowNumbers'>, choices: MappingChoices, newId: () => string, hooks: ProgressHooks = {}): MappedRows {
  const { mapping, values = emptyValueMap(), fixes = {} } = choices
  const accepted: MappedRows['accepted'] = []
  const rejected: RowProblem[] = []
  const warnings: RowProblem[] = []
  const total = table.rows.length
  // Pillar, stage, role and size columns repeat a few values thousands of times: each is read once.
  const pillarOf = remembered((value) => recognisePillar(value, values.pillar) ?? 'unassigned')
  const stageOf = remembered((value) => recogniseStage(value, values.stage) ?? 'prospect')
  const roleOf = remembered((value) => fromLabels(value, MEMBER_ROLES, ROLE_LABELS, 'member'))
  const sizeOf = remembered((value) => fromLabels(value, MEMBER_SIZES, SIZE_LABELS, 'unknown'))
  for (let index = 0; index < total; index += 1) {
    if (index % PROGRESS_EVERY === 0) {
      if (hooks.shouldStop?.()) throw new ImportStopped()
      hooks.onProgress?.(index, total)
    }
    const cells = table.rows[index]!
    const row = table.rowNumbers[index]!
    const fixed = fixes[row]
    const cell = (field: ImportField) => {
      const own = fixed?.[field]
      if (own !== undefined) return own.trim()
      const column = mapping[field]
      return column === undefined ? '' : restoreCell((cells[column] ?? '').trim())
    }
    if (!fixed && cells.every((value) => value.trim() === '')) {
      rejected.push({ row, reason: 'the row is empty' })
      continue
    }
    const input: MemberInput = {
      id: newId(),
      name: cell('name'),
      pillar: pillarOf(cell('pillar')),
      role: roleOf(cell('role')),
      stage: stageOf(cell('stage')),
      sector: cell('sector'),
      city: cell('city'),
      region: cell('region'),
      website: cell('website'),
      contactName: cell('contactName'),
      contactEmail: cell('contactEmail'),
      size: sizeOf(cell('size')),
      notes: cell('notes'),
      tags: [...new Set(cell('tags').split(/[;,|]/).map((tag) => restoreCell(tag.trim())).filter(Boolean))].slice(0, MAX_TAGS)
    }
    if (!input.name) {
      rejected.push({ row, field: 'name', reason: 'it has no name' })
      continue
    }
    const parsed = MemberSchema.safeParse(input)
    if (!parsed.success) {
      rejected.push({ row, reason: describeIssues(parsed.error), ...(fieldOfIssue(parsed.error.issues[0]?.path ?? []) ? { field: fieldOfIssue(parsed.error.issues[0]!.path)! } : {}) })
      continue
    }
    accepted.push({ row, member: parsed.data })
    warnings.push(...checkContact(row, parsed.data))
  }
  hooks.onProgress?.(total, total)
  return { accepted, rejected, warnings }
}
