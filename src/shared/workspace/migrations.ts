import { SCHEMA_VERSION } from './schema'

/** One step from `from` to `from + 1`, over plain JSON (before schema validation). */
export type Migration = { from: number; migrate: (doc: Record<string, unknown>) => Record<string, unknown> }

/** 4 → 5 (readiness): the readiness self-assessment arrived; no answers yet. */
export function addReadinessAnswers(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, readiness: { answers: {} } }
}

/** 4 → 5 (import): pillar and stage values mapped during imports are remembered; none yet. */
export const addImportValueMap = (doc: Record<string, unknown>) => ({ ...doc, importValues: { pillar: {}, stage: {} } })

/** Every step ever shipped, oldest first. Version 1 is the first released format. */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2: the library arrived (reading status, notes, own resources); start it empty.
  { from: 1, migrate: (doc) => ({ ...doc, library: { read: {}, notes: {}, resources: [] } }) },
  // 2 → 3: the strategy document arrived; start it not yet begun.
  { from: 2, migrate: (doc) => ({ ...doc, strategy: { started: false, sections: [], targets: [], initiatives: [], snapshots: [] } }) },
  // 3 → 4: the cluster may have a logo for PDF covers; none yet.
  { from: 3, migrate: (doc) => ({ ...doc, cluster: { ...(doc.cluster as object), logo: null } }) },
  // 4 → 5: readiness answers and remembered import values, in one step.
  { from: 4, migrate: (doc) => addImportValueMap(addReadinessAnswers(doc)) }
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
