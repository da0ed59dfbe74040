/**
 * Finding text, pure so it is tested without a PDF or a page: case- and accent-insensitive
 * matching, and where in a run of text the matches are. Used by find in PDFs and by the member
 * filters' highlights alike.
 */
import { foldText } from '../fold-text'

/** A run of text, and whether it is an occurrence of the query. */
export type FindSegment = { text: string; match: boolean }

/**
 * The text cut into runs, each occurrence of the query its own run. The viewer builds text
 * nodes and <mark> elements from them, never HTML, so a PDF's text cannot inject markup.
 */
export function findSegments(text: string, query: string): FindSegment[] {
  const needle = foldText(query.trim())
  if (!needle) return [{ text, match: false }]
  const folded = foldText(text)
  // Most text folds character for character (plain letters, precomposed accents), and then
  // positions carry over. Folding only ever lengthens a character, except for combining marks and
  // characters beyond the BMP: without those, an unchanged length means nothing was lengthened.
  if (folded.length === text.length && !MAY_SHORTEN.test(text)) return segmentsAt(text, folded, needle)
  return segmentsByCharacter(text, needle)
}

/** Characters that fold to fewer UTF-16 units: combining marks (dropped), and astral ones such as 𝐀 (to A). */
const MAY_SHORTEN = /[\p{M}\u{10000}-\u{10FFFF}]/u

/** Cuts `text` where `needle` occurs in its same-length folded copy. */
function segmentsAt(text: string, folded: string, needle: string): FindSegment[] {
  const segments: FindSegment[] = []
  let at = 0
  for (let found = folded.indexOf(needle); found !== -1; found = folded.indexOf(needle, at)) {
    if (found > at) segments.push({ text: text.slice(at, found), match: false })
    segments.push({ text: text.slice(found, found + needle.length), match: true })
    at = found + needle.length
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false })
  return segments
}

/** The same, folding character by character: for text whose length folding changes (é as e + accent, ligatures). */
function segmentsByCharacter(text: string, needle: string): FindSegment[] {
  const chars = [...text]
  const folded = chars.map((ch) => foldText(ch))
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
  const needle = foldText(query.trim())
  if (!needle) return []
  return pageTexts.flatMap((text, index) => (foldText(text).includes(needle) ? [index + 1] : []))
}
