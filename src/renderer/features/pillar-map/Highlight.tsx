import { findSegments } from '../../../shared/library/text-find'

/**
 * Text with the parts matching the filter marked. The rest stays plain text, not spans: every card
 * in view shows one, and a filter replaces them all at once.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  return <>{findSegments(text, query).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : run.text))}</>
}
