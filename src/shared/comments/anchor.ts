import { COMMENT_LIMITS, type TextQuote } from './schema'

/** A passage of a section's Markdown, as character offsets [start, end). */
export type Span = { start: number; end: number }

/** The anchor for text[start, end): the passage and up to 32 characters either side. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  const context = COMMENT_LIMITS.context
  return {
    quote: text.slice(start, Math.min(end, start + COMMENT_LIMITS.quote)),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context)
  }
}

/**
 * The characters that Markdown adds around what a reader sees. A passage selected in a
 * formatted view ("bold words") is found in the source ("**bold** words") by comparing both
 * without them, with runs of white space as one space.
 */
const MARKUP_CODES = new Set([...'*_~`#>\\'].map((char) => char.charCodeAt(0)))
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029

/** `text` without markup and with white space collapsed, and where each kept character came from. */
function plain(text: string): { text: string; from: number[] } {
  const out: string[] = []
  const from: number[] = []
  let lastSpace = false
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at)
    if (MARKUP_CODES.has(code)) continue
    const space = isSpace(code)
    if (space && lastSpace) continue
    out.push(space ? ' ' : text[at]!)
    from.push(at)
    lastSpace = space
  }
  return { text: out.join(''), from }
}

/** The last section searched without markup: every thread on one section shares the pass. */
let lastPlain: { source: string; result: ReturnType<typeof plain> } | null = null
function plainOnce(source: string) {
  if (lastPlain?.source !== source) lastPlain = { source, result: plain(source) }
  return lastPlain.result
}

/** How many characters `a` and `b` share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let count = 0
  while (count < a.length && count < b.length) {
    const x = fromEnd ? a[a.length - 1 - count] : a[count]
    const y = fromEnd ? b[b.length - 1 - count] : b[count]
    if (x !== y) break
    count += 1
  }
  return count
}

/** Every place `quote` occurs in `text`, best context first; the first one wins a tie. */
function bestMatch(text: string, anchor: TextQuote): Span | null {
  let best: Span | null = null
  let bestScore = -1
  for (let at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
    const end = at + anchor.quote.length
    const score = shared(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix, true) + shared(text.slice(end, end + anchor.suffix.length), anchor.suffix, false)
    if (score > bestScore) {
      best = { start: at, end }
      bestScore = score
    }
  }
  return best
}

/**
 * Where the anchored passage is in `markdown` now, or null when it is gone (deleted or reworded).
 * The exact quote is tried first; then the same words without Markdown's markup.
 */
export function locateQuote(markdown: string, anchor: TextQuote): Span | null {
  const exact = bestMatch(markdown, anchor)
  if (exact) return exact
  const source = plainOnce(markdown)
  const loose = { quote: plain(anchor.quote).text.trim(), prefix: plain(anchor.prefix).text, suffix: plain(anchor.suffix).text }
  if (!loose.quote) return null
  const found = bestMatch(source.text, loose)
  if (!found) return null
  return { start: source.from[found.start]!, end: source.from[found.end - 1]! + 1 }
}

/** The Markdown with the anchored passage replaced (markup around it stays: "**old**" → "**new**"), or null when it is gone. */
export function replaceQuote(markdown: string, anchor: TextQuote, replacement: string): string | null {
  const span = locateQuote(markdown, anchor)
  return span ? markdown.slice(0, span.start) + replacement + markdown.slice(span.end) : null
}
