import type { Snippet } from '../../../shared/library/plain-text'

/** A search snippet with its matched words marked. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = []
  let at = 0
  snippet.highlights.forEach(([start, end], index) => {
    if (start > at) parts.push(snippet.text.slice(at, start))
    parts.push(<mark key={index}>{snippet.text.slice(start, end)}</mark>)
    at = end
  })
  if (at < snippet.text.length) parts.push(snippet.text.slice(at))
  return <>{parts}</>
}
