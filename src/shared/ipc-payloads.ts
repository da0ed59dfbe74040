import { z } from 'zod'
import { EXPORTED_REMEMBERED, THEMES } from './app-commands'
import { EXPORT_KINDS, PdfOptionsSchema } from './export/options'
import { LibraryRefSchema } from './library/workspace-library'
import { IMPORT_FIELDS } from './members/csv-mapping'
import { DELIMITERS, TEXT_ENCODINGS } from './members/import-formats'
import { ValueMapSchema } from './members/value-mapping'
import { AuthorSchema } from './comments/schema'
import { IdSchema } from './text'
import { WorkspaceCommandSchema } from './workspace/commands'

/**
 * Runtime schemas for every request the renderer may send. Main parses each payload with
 * the schema of its method before any service sees it; `ipc.ts` derives its types from here.
 */
const Empty = z.object({}).strict()

const ImportChoices = {
  importId: IdSchema,
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500)),
  values: ValueMapSchema,
  /** Row number → field → the value the user typed in the dialog instead of the file's. */
  fixes: z
    .record(z.string().regex(/^\d{1,6}$/), z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(10_000)))
    .refine((fixes) => Object.keys(fixes).length <= 5_000, 'too many corrected rows')
    .default({})
}

const PathSchema = z.string().min(1).max(4096)

/** Requests the preload sends on its own (PRELOAD_CHANNELS in ipc.ts). */
export const PRELOAD_REQUEST_SCHEMAS = {
  recordDrop: z.object({ path: PathSchema }).strict()
} as const

export const REQUEST_SCHEMAS = {
  getSession: Empty,
  newWorkspace: z.object({ name: z.string().trim().min(1).max(120) }).strict(),
  openWorkspace: z.discriminatedUnion('from', [
    z.object({ from: z.literal('dialog') }).strict(),
    z.object({ from: z.literal('recent'), id: IdSchema }).strict(),
    z.object({ from: z.literal('demo') }).strict()
  ]),
  saveWorkspaceAs: Empty,
  closeWorkspace: Empty,
  resolveOutsideChange: z.object({ keep: z.enum(['mine', 'theirs']) }).strict(),
  applyCommand: z.object({ command: WorkspaceCommandSchema, baseRevision: z.number().int().min(0) }).strict(),
  undo: Empty,
  redo: Empty,
  restoreBackup: z.object({ backupId: IdSchema }).strict(),
  forgetRecent: z.object({ id: IdSchema }).strict(),
  openExternal: z.object({ url: z.string().max(2048) }).strict(),
  getLibrary: Empty,
  // snapshotId: print a named snapshot of the strategy instead of the current draft.
  checkExport: z.object({ kind: z.enum(EXPORT_KINDS), snapshotId: IdSchema.nullable().default(null), comments: z.boolean().default(false) }).strict(),
  renderExport: z.object({ kind: z.enum(EXPORT_KINDS), options: PdfOptionsSchema, snapshotId: IdSchema.nullable().default(null), comments: z.boolean().default(false) }).strict(),
  cancelExport: Empty,
  saveExport: z.object({ jobId: z.number().int().positive() }).strict(),
  saveWordExport: z.object({ kind: z.enum(EXPORT_KINDS), snapshotId: IdSchema.nullable().default(null), comments: z.boolean().default(false) }).strict(),
  revealExport: z.object({ jobId: z.number().int().positive(), action: z.enum(['open', 'show']) }).strict(),
  getPreferences: Empty,
  // Only the settings named change; the others keep their values.
  setPreferences: z.object({ theme: z.enum(THEMES), tourSeen: z.boolean(), exported: z.array(z.string().min(1).max(100)).max(EXPORTED_REMEMBERED), displayName: AuthorSchema.or(z.literal('')) }).partial().strict(),
  getAppInfo: Empty,
  openDroppedWorkspace: z.object({ path: z.string().min(1).max(4096) }).strict(),
  previewMemberImport: Empty,
  // Reads the file again with the encoding, separator or sheet the user chose.
  rereadMemberImport: z
    .object({ importId: IdSchema, encoding: z.enum(TEXT_ENCODINGS).optional(), delimiter: z.enum(DELIMITERS).optional(), sheet: z.string().max(255).optional() })
    .strict(),
  analyseMemberImport: z.object(ImportChoices).strict(),
  // `remember`: keep the pillar and stage values mapped here for the next import into this workspace.
  commitMemberImport: z.object({ ...ImportChoices, importDuplicates: z.boolean(), remember: z.boolean().default(true) }).strict(),
  cancelMemberImport: Empty,
  exportMembers: Empty,
  /** `droppedPath`: a PDF dropped on the window (main still checks it is a PDF); null opens the file dialog. */
  importLibraryPdf: z.object({ droppedPath: z.string().min(1).max(4096).nullable() }).strict(),
  readLibraryPdf: z.object({ resourceId: LibraryRefSchema }).strict(),
  saveLibraryPdfCopy: z.object({ resourceId: LibraryRefSchema }).strict(),
  getTemplates: Empty,
  importLogo: Empty,
  readLogo: Empty,
  confirmDraftsFlushed: z.object({ requestId: z.number().int().min(0) }).strict(),
  shareWorkspace: z.object({ server: z.string().trim().min(1).max(2_000) }).strict(),
  // The local copy's place is chosen in a save dialog in main, never sent by the page.
  joinWorkspace: z.object({ invitation: z.string().trim().min(1).max(3_000) }).strict(),
  getTeamStatus: Empty,
  leaveTeam: Empty,
  getTeamInvitation: Empty,
  setTeamPresence: z.object({ area: z.string().max(40).nullable(), sectionId: IdSchema.nullable() }).strict()
} as const
