import { findSegments } from './text-find'

/**
 * Markdown to plain text for search snippets: the index and the snippets should see the words
 * a reader sees, not link targets or emphasis marks.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export type Range = readonly [start: number, end: number]

/**
 * Where the given search terms occur in a text, as sorted, non-overlapping ranges. A term
 * matches at the start of a word (the index matched it as a prefix or a whole word), so
 * "port" lights up "Porter" but not "support". Terms are matched as find matches them: the
 * index holds folded words ("sao"), and they light up "São".
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  const ranges: [number, number][] = []
  for (const term of new Set(terms.filter(Boolean))) {
    let at = 0
    for (const segment of findSegments(text, term)) {
      if (segment.match && (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!))) ranges.push([at, at + segment.text.length])
      at += segment.text.length
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

export type Snippet = { text: string; highlights: Range[] }

/**
 * A window of about `width` characters around the first highlighted term, cut at word
 * boundaries and marked with ellipses where it was cut.
 */
export function snippetAround(text: string, terms: readonly string[], width = 160): Snippet {
  const all = highlightRanges(text, terms)
  if (text.length <= width) return { text, highlights: all }
  const first = all[0]?.[0] ?? 0
  let start = Math.max(0, first - Math.floor(width / 3))
  let end = Math.min(text.length, start + width)
  start = Math.max(0, end - width)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < first) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > first) end = space
  }
  const prefix = start > 0 ? '… ' : ''
  const suffix = end < text.length ? ' …' : ''
  const body = text.slice(start, end)
  const shift = prefix.length - start
  const highlights = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s + shift, e + shift] as const)
  return { text: prefix + body + suffix, highlights }
}
