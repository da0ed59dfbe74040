import { z } from 'zod'
import { replaceQuote } from '../comments/anchor'
import { AuthorSchema, COMMENT_LIMITS, CommentSchema, ReplySchema, type Comment } from '../comments/schema'
import { IdSchema, IsoDateTimeSchema, text } from '../text'
import type { Workspace } from './schema'

/**
 * Commands on the team's comments. `by` is the display name of whoever acts (kept in the app's
 * settings): editing and deleting are for a comment's own author. Ids and times come in the
 * command, so applying is pure and gives the same result in the renderer, in main and on every
 * laptop of a team workspace.
 */
const act = { id: IdSchema, by: AuthorSchema, at: IsoDateTimeSchema }

export const COMMENT_COMMANDS = [
  z.object({ type: z.literal('comment/add'), comment: CommentSchema }),
  z.object({ type: z.literal('comment/reply'), id: IdSchema, reply: ReplySchema }),
  z.object({ type: z.literal('comment/edit'), ...act, body: text(COMMENT_LIMITS.body).pipe(z.string().trim().min(1, 'a comment cannot be empty')) }),
  z.object({ type: z.literal('comment/delete'), id: IdSchema, by: AuthorSchema }),
  z.object({ type: z.literal('comment/resolve'), ...act }),
  z.object({ type: z.literal('comment/reopen'), id: IdSchema }),
  /** Applies a suggestion's replacement to its section and closes it, as one step (one undo). */
  z.object({ type: z.literal('comment/accept'), ...act }),
  z.object({ type: z.literal('comment/reject'), ...act })
] as const

export type CommentCommand = z.output<(typeof COMMENT_COMMANDS)[number]>

const change = (workspace: Workspace, id: string, edit: (comment: Comment) => Comment | null): Workspace => {
  const at = workspace.comments.findIndex((comment) => comment.id === id)
  if (at < 0) return workspace
  const next = edit(workspace.comments[at]!)
  if (next === workspace.comments[at]) return workspace
  return { ...workspace, comments: next ? workspace.comments.map((comment, index) => (index === at ? next : comment)) : workspace.comments.filter((_, index) => index !== at) }
}

function accept(workspace: Workspace, command: Extract<CommentCommand, { type: 'comment/accept' }>): Workspace {
  const comment = workspace.comments.find((candidate) => candidate.id === command.id)
  const section = workspace.strategy.sections.find((candidate) => candidate.id === comment?.sectionId)
  if (!comment?.suggestion || !comment.anchor || comment.resolved || !section) return workspace
  const markdown = replaceQuote(section.markdown, comment.anchor, comment.suggestion.replacement)
  // The passage was reworded or deleted since: nothing to apply it to, so nothing changes.
  if (markdown === null) return workspace
  const sections = workspace.strategy.sections.map((candidate) => (candidate === section ? { ...section, markdown } : candidate))
  const resolved = { by: command.by, at: command.at, outcome: 'accepted' as const }
  return { ...workspace, strategy: { ...workspace.strategy, sections }, comments: workspace.comments.map((candidate) => (candidate === comment ? { ...comment, resolved } : candidate)) }
}

export function applyCommentCommand(workspace: Workspace, command: CommentCommand): Workspace {
  switch (command.type) {
    case 'comment/add': {
      const { comment } = command
      const fits = workspace.comments.length < COMMENT_LIMITS.comments && !workspace.comments.some((c) => c.id === comment.id)
      if (!fits || !workspace.strategy.sections.some((section) => section.id === comment.sectionId)) return workspace
      // A comment says something or suggests something; a suggestion replaces a passage, so it needs one.
      if ((!comment.body.trim() && !comment.suggestion) || (comment.suggestion && !comment.anchor)) return workspace
      return { ...workspace, comments: [...workspace.comments, { ...comment, body: comment.body.trim(), replies: [], resolved: null, editedAt: null }] }
    }
    case 'comment/reply':
      return change(workspace, command.id, (comment) =>
        comment.replies.length >= COMMENT_LIMITS.replies || comment.replies.some((reply) => reply.id === command.reply.id) ? comment : { ...comment, replies: [...comment.replies, command.reply] }
      )
    case 'comment/edit':
      return change(workspace, command.id, (comment) => (comment.author !== command.by || comment.body === command.body ? comment : { ...comment, body: command.body, editedAt: command.at }))
    case 'comment/delete':
      return change(workspace, command.id, (comment) => (comment.author === command.by ? null : comment))
    case 'comment/resolve':
    case 'comment/reject': {
      const outcome = command.type === 'comment/reject' ? 'rejected' : 'resolved'
      return change(workspace, command.id, (comment) => (comment.resolved ? comment : { ...comment, resolved: { by: command.by, at: command.at, outcome } }))
    }
    case 'comment/reopen':
      // An accepted suggestion stays closed: its text is already in the section (undo takes it back).
      return change(workspace, command.id, (comment) => (!comment.resolved || comment.resolved.outcome === 'accepted' ? comment : { ...comment, resolved: null }))
    case 'comment/accept':
      return accept(workspace, command)
  }
}
