import { isOpen, passageGone, RESOLUTION_LABELS, dateLabel } from '../comments/threads'
import type { Comment } from '../comments/schema'
import type { Block, Inline } from '../document/model'
import type { StrategySection } from '../strategy/schema'
import type { FlowSection, PrintPart } from './print-model'

/** Plain text as typed: each line its own line in print, nothing read as Markdown. */
const plainLines = (value: string): Inline[] => value.split('\n').flatMap((line, index): Inline[] => (index === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }]))

function threadBlocks(comment: Comment, markdown: string): Block[] {
  const status = comment.resolved ? `${RESOLUTION_LABELS[comment.resolved.outcome]} by ${comment.resolved.by}, ${dateLabel(comment.resolved.at)}` : 'Open'
  const blocks: Block[] = [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: comment.author } ] }, { type: 'text', value: ` · ${dateLabel(comment.createdAt)} · ${status}` }] }]
  if (comment.anchor) {
    const gone = passageGone(comment, markdown) ? ' (passage no longer in the text)' : ''
    blocks.push({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: `“${comment.anchor.quote}”${gone}` }] }] })
  }
  if (comment.suggestion) blocks.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Suggested change: ' }] }, ...plainLines(comment.suggestion.replacement)] })
  if (comment.body.trim()) blocks.push({ type: 'paragraph', children: plainLines(comment.body) })
  if (comment.replies.length > 0) {
    blocks.push({
      type: 'list',
      ordered: false,
      start: null,
      items: comment.replies.map((reply) => [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: reply.author }] }, { type: 'text', value: `, ${dateLabel(reply.at)}: ` }, ...plainLines(reply.body)] }])
    })
  }
  return blocks
}

/**
 * The team's comments as an appendix, section by section, oldest first: only when the export
 * asks for them, since comments are the team's working notes and never print by default.
 */
export function commentsPart(comments: readonly Comment[], sections: readonly StrategySection[]): PrintPart | null {
  const flow: FlowSection[] = []
  for (const section of sections) {
    const threads = comments.filter((comment) => comment.sectionId === section.id).sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || a.createdAt.localeCompare(b.createdAt))
    if (threads.length > 0) flow.push({ id: `comments-${section.id}`, title: `Comments on “${section.title}”`, number: null, blocks: threads.flatMap((comment) => threadBlocks(comment, section.markdown)) })
  }
  return flow.length > 0 ? { type: 'flow', id: 'comments', title: 'Comments appendix', sections: flow } : null
}
