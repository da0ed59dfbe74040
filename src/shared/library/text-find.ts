/**
 * Find-in-document helpers, pure so they are tested without a PDF: case- and accent-insensitive
 * matching, and where in a run of text the matches are.
 */
export function foldForFind(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** A run of text, and whether it is an occurrence of the query. */
export type FindSegment = { text: string; match: boolean }

/**
 * The text cut into runs, each occurrence of the query its own run. The viewer builds text
 * nodes and <mark> elements from them, never HTML, so a PDF's text cannot inject markup.
 */
export function findSegments(text: string, query: string): FindSegment[] {
  const needle = foldForFind(query.trim())
  if (!needle) return [{ text, match: false }]
  // Folding can change lengths (é → e + mark removed), so match on a per-character folded copy.
  const chars = [...text]
  const folded = chars.map((ch) => foldForFind(ch))
  const segments: FindSegment[] = []
  const push = (part: string, match: boolean) => {
    const last = segments[segments.length - 1]
    if (last && !last.match && !match) last.text += part
    else segments.push({ text: part, match })
  }
  let at = 0
  while (at < chars.length) {
    let joined = ''
    let end = at
    while (end < chars.length && joined.length < needle.length) joined += folded[end++]
    if (joined === needle) {
      push(chars.slice(at, end).join(''), true)
      at = end
    } else {
      push(chars[at]!, false)
      at += 1
    }
  }
  return segments
}

/** The 1-based numbers of the pages whose text contains the query. */
export function pagesContaining(pageTexts: readonly string[], query: string): number[] {
  const needle = foldForFind(query.trim())
  if (!needle) return []
  return pageTexts.flatMap((text, index) => (foldForFind(text).includes(needle) ? [index + 1] : []))
}
