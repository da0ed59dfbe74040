/** Characters no shipped font can draw, with an example of where each was found. */
export type MissingGlyph = { character: string; codePoint: string; example: string }

/** Spaces and invisible formatting characters (zero-width, direction marks, variation selectors) print nothing anyway. */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint <= 0x20 ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2028 && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint === 0xfe0e ||
    codePoint === 0xfe0f
  )
}

export function findMissingGlyphs(texts: readonly string[], hasGlyph: (codePoint: number) => boolean, limit = 12): MissingGlyph[] {
  const seen = new Map<number, MissingGlyph>()
  for (const text of texts) {
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0
      if (seen.has(codePoint) || isInvisible(codePoint) || hasGlyph(codePoint)) continue
      const at = text.indexOf(character)
      const example = text.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ').trim()
      seen.set(codePoint, { character, codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`, example })
      if (seen.size >= limit) return [...seen.values()]
    }
  }
  return [...seen.values()]
}
