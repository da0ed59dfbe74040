import { z } from 'zod'
import { IdSchema, IsoDateTimeSchema, line, stored, text } from '../text'
import { COMMENT_LIMITS, CommentSchema } from '../comments/schema'
import { emptyLibrary, WorkspaceLibrarySchema } from '../library/workspace-library'
import { emptyReadiness, ReadinessSchema } from '../readiness/schema'
import { emptyStrategy, StrategySchema } from '../strategy/schema'
import { emptyValueMap, ValueMapSchema } from '../members/value-mapping'
import { StoredMemberSchema } from './member'

/**
 * The version of the workspace file this build writes. Bump it with every change to the
 * shape below and add a step to `migrations.ts`; files from newer builds open read-only.
 */
export const SCHEMA_VERSION = 6

/** Upper bounds that keep a workspace loadable, savable and quick. */
export const LIMITS = {
  members: 50_000,
  fileBytes: 64 * 1024 * 1024,
  jsonDepth: 64
} as const

/** The cluster's logo for PDF covers: an image file in the bundle's attachments folder. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024
export const LogoSchema = z.object({
  /** File name inside attachments/ (without extension): made by main, never by the user. */
  id: IdSchema,
  fileName: line(255),
  format: z.enum(['png', 'jpeg']),
  bytes: z.number().int().min(1).max(LOGO_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
})
export type Logo = z.output<typeof LogoSchema>

/** 'input' cleans what the user typed; 'stored' checks a file, as members are (text.ts states the rule). */
function clusterSchema(mode: 'input' | 'stored') {
  const single = mode === 'input' ? line : stored.line
  return z.object({
    name: mode === 'input' ? line(120).pipe(z.string().min(1, 'the cluster needs a name')) : stored.line(120).min(1, 'the cluster needs a name'),
    region: single(120).default(''),
    sector: single(120).default(''),
    description: (mode === 'input' ? text : stored.text)(5_000).default(''),
    /** True for the bundled demo, so the app can label it clearly as an invented example. */
    example: z.boolean().default(false),
    /** Added in version 4. */
    logo: LogoSchema.nullable().default(null)
  })
}

export const ClusterSchema = clusterSchema('input')

export const WorkspaceSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  cluster: clusterSchema('stored'),
  members: z.array(StoredMemberSchema).max(LIMITS.members),
  /** Added in version 2: reading status, notes and the team's own resources. */
  library: WorkspaceLibrarySchema,
  /** Added in version 3: the strategy document, its targets, initiatives and snapshots. */
  strategy: StrategySchema,
  /** Added in version 5: the team's answers to the readiness self-assessment. */
  readiness: ReadinessSchema,
  /** Added in version 5: what unrecognised pillar and stage values of imported files mean. */
  importValues: ValueMapSchema,
  /** Added in version 6: the team's comments and suggested edits on the strategy's sections. */
  comments: z.array(CommentSchema).max(COMMENT_LIMITS.comments).default([])
})

export type Cluster = z.output<typeof ClusterSchema>
export type Workspace = z.output<typeof WorkspaceSchema>

/** A new, empty workspace. `id` and `now` come from the caller so this stays pure. */
export function createWorkspace(input: { id: string; now: string; name: string }): Workspace {
  return WorkspaceSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    createdAt: input.now,
    cluster: { name: input.name },
    members: [],
    library: emptyLibrary(),
    strategy: emptyStrategy(),
    readiness: emptyReadiness(),
    importValues: emptyValueMap(),
    comments: []
  })
}
