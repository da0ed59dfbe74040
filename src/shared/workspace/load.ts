import type { z } from 'zod'
import { emptyReadiness } from '../readiness/schema'
import { emptyStrategy } from '../strategy/schema'
import { emptyLibrary } from '../library/workspace-library'
import { migrateWorkspace, type Migration, MIGRATIONS } from './migrations'
import { emptyValueMap } from '../members/value-mapping'
import { SCHEMA_VERSION, WorkspaceSchema, type Workspace } from './schema'

type Member = Workspace['members'][number]

/**
 * A faster check of a file's member list that validates it in place (see main's
 * stored-members-check.ts). True means `members` is valid as it now stands; false means zod
 * should look at it and say why.
 */
export type MembersCheck = (members: unknown) => members is Member[]

export type Interpretation =
  | { ok: true; workspace: Workspace; migratedFrom: number | null; readOnlyReason: null }
  | { ok: true; workspace: Workspace; migratedFrom: null; readOnlyReason: string }
  | { ok: false; reason: string }

/** Turns the first schema issue into a sentence a non-programmer can act on. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'the data is not valid'
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the file'
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : ''
  return `${where}: ${issue.message}${more}`
}

/**
 * Decides what a parsed workspace file means: current, migrated from an older version,
 * from a newer version (shown read-only, never saved), or unusable (with the reason).
 * With `checkMembers`, the member list inside `raw` may be changed in place.
 */
export function interpretWorkspace(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  checkMembers: MembersCheck | null = null
): Interpretation {
  const outcome = migrateWorkspace(raw, migrations)
  switch (outcome.kind) {
    case 'invalid':
      return { ok: false, reason: outcome.reason }
    case 'newer': {
      // Show what we understand of it; saving is refused so nothing we do not know is lost.
      // Sections it may lack (if it also lacks something we require) are shown empty.
      const parsed = WorkspaceSchema.safeParse({ library: emptyLibrary(), strategy: emptyStrategy(), readiness: emptyReadiness(), importValues: emptyValueMap(), ...(raw as object), schemaVersion: SCHEMA_VERSION })
      if (!parsed.success) {
        return {
          ok: false,
          reason: `it was made by a newer version of Cluster Workbench (schemaVersion ${outcome.version}); update the app to open it`
        }
      }
      return {
        ok: true,
        workspace: parsed.data,
        migratedFrom: null,
        readOnlyReason: `Made by a newer version of Cluster Workbench (format ${outcome.version}). It is open read-only; update the app to edit it.`
      }
    }
    case 'current':
    case 'migrated': {
      const parsed = validateCurrent(outcome.doc, checkMembers)
      if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) }
      return {
        ok: true,
        workspace: parsed.data,
        migratedFrom: outcome.kind === 'migrated' ? outcome.from : null,
        readOnlyReason: null
      }
    }
  }
}

/**
 * Whether the workspace schema has checks of its own over the whole document (a refine). The fast
 * path hands zod the document with an empty member list, which such a check would judge wrongly,
 * so it is then not taken.
 */
const CHECKS_WHOLE_DOCUMENT = (WorkspaceSchema.def.checks?.length ?? 0) > 0

/**
 * The whole document checked by zod, or, when `checkMembers` accepts the member list, the rest
 * checked by zod and the members used as checked. Any failure is reported by zod over the whole
 * document, so messages do not depend on which check ran.
 */
function validateCurrent(doc: Record<string, unknown>, checkMembers: MembersCheck | null) {
  const members = doc.members
  if (checkMembers && !CHECKS_WHOLE_DOCUMENT && checkMembers(members)) {
    const rest = WorkspaceSchema.safeParse({ ...doc, members: [] })
    if (rest.success) return { success: true as const, data: { ...rest.data, members } }
  }
  return WorkspaceSchema.safeParse(doc)
}
