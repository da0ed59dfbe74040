import { SCHEMA_VERSION } from './schema'

/** One step from `from` to `from + 1`, over plain JSON (before schema validation). */
export type Migration = { from: number; migrate: (doc: Record<string, unknown>) => Record<string, unknown> }

/** 4 → 5 (readiness): the readiness self-assessment arrived; no answers yet. */
export function addReadinessAnswers(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, readiness: { answers: {} } }
}

/** 4 → 5 (import): pillar and stage values mapped during imports are remembered; none yet. */
export const addImportValueMap = (doc: Record<string, unknown>) => ({ ...doc, importValues: { pillar: {}, stage: {} } })

/** 5 → 6 (comments): the team's comments and suggested edits arrived; none yet. */
export const addComments = (doc: Record<string, unknown>) => ({ ...doc, comments: [] })

const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter((entry): entry is Record<string, unknown> => entry !== null && typeof entry === 'object') : [])

/**
 * 4 → 5: the strategy's details for funders: a unit per target; milestones, dates, budget and
 * status per initiative; a title page (subtitle, version, status, date, authors) and numbered
 * headings; sections that open a part. Written out, not left to the schema's defaults, so the step
 * says what the upgrade adds.
 */
export function addStrategyDetails(doc: Record<string, unknown>): Record<string, unknown> {
  const strategy = (doc.strategy ?? {}) as Record<string, unknown>
  const sections = (list: unknown) => records(list).map((section) => ({ startsPart: false, ...section }))
  return {
    ...doc,
    strategy: {
      ...strategy,
      sections: sections(strategy.sections),
      targets: records(strategy.targets).map((target) => ({ unit: '', ...target })),
      initiatives: records(strategy.initiatives).map((initiative) => ({ milestones: [], start: null, end: null, budget: '', status: 'proposed', ...initiative })),
      snapshots: records(strategy.snapshots).map((snapshot) => ({ ...snapshot, sections: sections(snapshot.sections) })),
      cover: { subtitle: '', version: '', status: 'draft', date: null, authors: [], numberedHeadings: false }
    }
  }
}

/** Every step ever shipped, oldest first. Version 1 is the first released format. */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2: the library arrived (reading status, notes, own resources); start it empty.
  { from: 1, migrate: (doc) => ({ ...doc, library: { read: {}, notes: {}, resources: [] } }) },
  // 2 → 3: the strategy document arrived; start it not yet begun.
  { from: 2, migrate: (doc) => ({ ...doc, strategy: { started: false, sections: [], targets: [], initiatives: [], snapshots: [] } }) },
  // 3 → 4: the cluster may have a logo for PDF covers; none yet.
  { from: 3, migrate: (doc) => ({ ...doc, cluster: { ...(doc.cluster as object), logo: null } }) },
  // 4 → 5: readiness answers, remembered import values and the strategy's details, in one step.
  { from: 4, migrate: (doc) => addStrategyDetails(addImportValueMap(addReadinessAnswers(doc))) },
  { from: 5, migrate: addComments }
]

export type MigrationOutcome =
  | { kind: 'current'; doc: Record<string, unknown> }
  | { kind: 'migrated'; from: number; doc: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string }

/** Brings a parsed workspace file up to `target`, one step at a time. Never mutates `raw`. */
export function migrateWorkspace(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION
): MigrationOutcome {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'invalid', reason: 'the file does not contain a workspace object' }
  }
  const version = (raw as Record<string, unknown>).schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'the file has no valid schemaVersion' }
  }
  if (version > target) return { kind: 'newer', version }
  if (version === target) return { kind: 'current', doc: raw as Record<string, unknown> }

  let doc = raw as Record<string, unknown>
  for (let at = version; at < target; at += 1) {
    const step = migrations.find((migration) => migration.from === at)
    if (!step) return { kind: 'invalid', reason: `no migration from schemaVersion ${at}` }
    doc = { ...step.migrate(doc), schemaVersion: at + 1 }
  }
  return { kind: 'migrated', from: version, doc }
}
