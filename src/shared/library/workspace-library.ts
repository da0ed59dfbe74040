import { z } from 'zod'
import { patchSchema } from '../patch'
import { IdSchema, isReservedKey, IsoDateTimeSchema, line, text } from '../text'
import { LEVELS } from './schema'

/**
 * The team's side of the library, stored in the workspace so everyone sees it: what has been
 * read, notes per item (Markdown), and the team's own resources (links, and PDFs whose bytes
 * live in the bundle's attachments folder, never in the JSON).
 *
 * Keys are library item ids (slugs) or own-resource ids. Ids that could collide with object
 * internals ("__proto__", "constructor") are refused, so a hand-edited file cannot use them.
 */
export const LIBRARY_LIMITS = {
  noteChars: 50_000,
  entries: 10_000,
  resources: 2_000,
  pdfBytes: 200 * 1024 * 1024
} as const

export const LibraryRefSchema = IdSchema.refine((id) => !isReservedKey(id), {
  message: 'is a reserved name'
})

const boundedRecord = <T extends z.ZodType>(value: T) =>
  z.record(LibraryRefSchema, value).refine((record) => Object.keys(record).length <= LIBRARY_LIMITS.entries, {
    message: `must have at most ${LIBRARY_LIMITS.entries} entries`
  })

export const ReadMarkSchema = z.object({ readAt: IsoDateTimeSchema })
export const NoteSchema = z.object({ markdown: text(LIBRARY_LIMITS.noteChars), updatedAt: IsoDateTimeSchema })

/** Only http(s) links can be added; they open in the system browser after the usual checks. */
export const ResourceUrlSchema = line(2_000).pipe(
  z.string().regex(/^https?:\/\/[^\s/]+[^\s]*$/i, 'must be a web address starting with http:// or https://')
)

export const AttachmentSchema = z.object({
  /** File name inside attachments/: made by main, never by the user. */
  id: IdSchema,
  /** The name the file had when it was imported, for display and "Save a copy". */
  fileName: line(255),
  bytes: z.number().int().min(1).max(LIBRARY_LIMITS.pdfBytes),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
})

const resourceFields = {
  id: LibraryRefSchema,
  title: line(300).pipe(z.string().min(1, 'needs a title')),
  description: text(5_000).default(''),
  level: z.enum(LEVELS).nullable().default(null),
  addedAt: IsoDateTimeSchema
}

export const LinkResourceSchema = z.object({ kind: z.literal('link'), ...resourceFields, url: ResourceUrlSchema })
export const PdfResourceSchema = z.object({ kind: z.literal('pdf'), ...resourceFields, attachment: AttachmentSchema })
export const OwnResourceSchema = z.discriminatedUnion('kind', [LinkResourceSchema, PdfResourceSchema])

export const WorkspaceLibrarySchema = z.object({
  read: boundedRecord(ReadMarkSchema).default({}),
  notes: boundedRecord(NoteSchema).default({}),
  resources: z.array(OwnResourceSchema).max(LIBRARY_LIMITS.resources).default([])
})

/** The fields an edit may change (a link's address only for links); untouched fields stay. */
export const ResourcePatchSchema = patchSchema(LinkResourceSchema.pick({ title: true, description: true, level: true, url: true }))

export type ReadMark = z.output<typeof ReadMarkSchema>
export type Note = z.output<typeof NoteSchema>
export type OwnResource = z.output<typeof OwnResourceSchema>
export type PdfResource = Extract<OwnResource, { kind: 'pdf' }>
export type WorkspaceLibrary = z.output<typeof WorkspaceLibrarySchema>

export const emptyLibrary = (): WorkspaceLibrary => ({ read: {}, notes: {}, resources: [] })

/** Own-property lookups, so a key like "toString" never finds something inherited. */
export const isRead = (library: WorkspaceLibrary, id: string): boolean => Object.hasOwn(library.read, id)
export const noteFor = (library: WorkspaceLibrary, id: string): Note | undefined =>
  Object.hasOwn(library.notes, id) ? library.notes[id] : undefined
