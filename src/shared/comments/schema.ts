import { z } from 'zod'
import { IdSchema, IsoDateTimeSchema, line, text } from '../text'

/**
 * The team's comments on the strategy (format 6): a thread per comment, on a section or on a
 * passage of it, with replies and a resolved state. A comment may carry a suggested edit (track
 * changes): replacement text for its passage, which anyone can accept or reject.
 */
export const COMMENT_LIMITS = { comments: 5_000, replies: 200, body: 4_000, quote: 2_000, context: 32, author: 80, replacement: 20_000 } as const

const nonEmpty = (max: number, what: string) => text(max).pipe(z.string().trim().min(1, `${what} cannot be empty`))
export const AuthorSchema = line(COMMENT_LIMITS.author).pipe(z.string().min(1, 'a comment needs an author name'))

/**
 * Where a comment points, as a W3C text-quote selector: the passage itself plus a few characters
 * either side. Offsets would break with the first edit above the passage; the quote is found
 * again wherever it moved, and the context picks the right one when it occurs twice.
 */
export const TextQuoteSchema = z.object({
  quote: text(COMMENT_LIMITS.quote).pipe(z.string().min(1, 'a quote cannot be empty')),
  prefix: text(COMMENT_LIMITS.context).default(''),
  suffix: text(COMMENT_LIMITS.context).default('')
})

export const ReplySchema = z.object({
  id: IdSchema,
  author: AuthorSchema,
  at: IsoDateTimeSchema,
  body: nonEmpty(COMMENT_LIMITS.body, 'a reply')
})

export const RESOLUTIONS = ['resolved', 'accepted', 'rejected'] as const

/** Set when the thread is closed: who closed it, when, and how (a suggestion is accepted or rejected). */
export const ResolutionSchema = z.object({
  by: AuthorSchema,
  at: IsoDateTimeSchema,
  outcome: z.enum(RESOLUTIONS).default('resolved')
})

export const CommentSchema = z.object({
  id: IdSchema,
  sectionId: IdSchema,
  /** The passage commented on; null for a comment on the whole section. */
  anchor: TextQuoteSchema.nullable().default(null),
  author: AuthorSchema,
  createdAt: IsoDateTimeSchema,
  /** Plain text (never rendered as Markdown). May be empty only for a suggestion. */
  body: text(COMMENT_LIMITS.body).default(''),
  editedAt: IsoDateTimeSchema.nullable().default(null),
  /** A suggested edit: the Markdown that replaces the anchored passage on Accept. */
  suggestion: z.object({ replacement: text(COMMENT_LIMITS.replacement) }).nullable().default(null),
  replies: z.array(ReplySchema).max(COMMENT_LIMITS.replies).default([]),
  resolved: ResolutionSchema.nullable().default(null)
})

export type TextQuote = z.output<typeof TextQuoteSchema>
export type Reply = z.output<typeof ReplySchema>
export type Resolution = z.output<typeof ResolutionSchema>
export type Comment = z.output<typeof CommentSchema>
