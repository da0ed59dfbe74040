import { locateQuote } from './anchor'
import type { Comment } from './schema'

/** What the panel, the outline badge and the printed appendix say about one thread. */
export const isOpen = (comment: Comment) => comment.resolved === null

/** True when the thread points at a passage that is no longer in the section's text. */
export const passageGone = (comment: Comment, markdown: string) => comment.anchor !== null && locateQuote(markdown, comment.anchor) === null

/** Open threads per section id, for the outline's badges. */
export function openCounts(comments: readonly Comment[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const comment of comments) if (isOpen(comment)) counts.set(comment.sectionId, (counts.get(comment.sectionId) ?? 0) + 1)
  return counts
}

export const RESOLUTION_LABELS = { resolved: 'Resolved', accepted: 'Accepted', rejected: 'Rejected' } as const

/** "2 Mar 2026": dates as a reader writes them, in UTC so every laptop (and the printed appendix) agrees. */
export function dateLabel(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
}
