import type { Font as FontkitFont, Glyph, GlyphPosition } from 'fontkit'

/** What react-pdf's text layout reads from a shaped run (textkit 7 uses only these). */
export type ShapedRun = { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number }

/** Enough for the distinct words of a long strategy; past it the cache starts again rather than grow. */
export const MAX_CACHED_WORDS = 50_000
/** Longer runs (text in scripts written without spaces, URLs) are shaped but not kept. */
export const MAX_CACHED_WORD_LENGTH = 64

type Layout = FontkitFont['layout']

/** react-pdf passes `[]` for "the font's default features". */
const noFeatures = (features: Parameters<Layout>[1]) => features === undefined || (Array.isArray(features) ? features.length === 0 : Object.keys(features).length === 0)

/**
 * Makes `font.layout` shape text a word at a time and remember each word's glyphs.
 *
 * Why: OpenType shaping (fontkit running Noto Sans's substitution and kerning tables) was the
 * largest single cost of a long PDF, and react-pdf shapes every paragraph whole, so nothing is
 * reused although a strategy repeats the same few thousand words. Splitting after spaces and tabs
 * and caching per word is what pdfkit does for its own text (`EmbeddedFont.layoutCached`) and what
 * Chromium's word shaper does; these fonts have no kerning or ligatures across a space, so the
 * result is the same glyphs and positions (tests/main/pdf/font-caches.test.ts checks it).
 *
 * Only the call react-pdf's text layout makes is cached (default features, no script or language,
 * and the direction given as 'ltr'); anything else goes to fontkit unchanged. pdfkit shapes the
 * running header itself with no direction (page-decorations.ts) and scales the positions it gets
 * in place, so it must get its own. Cached positions are frozen: react-pdf copies them before
 * scaling, and a future version that wrote to them would fail loudly, not corrupt text.
 */
export function cacheWordShaping(font: FontkitFont): void {
  if ((font as { wordShapingCached?: true }).wordShapingCached) return
  const shape: Layout = font.layout.bind(font)
  const words = new Map<string, ShapedRun>()

  const shapeWord = (word: string): ShapedRun => {
    if (word.length > MAX_CACHED_WORD_LENGTH) return shape(word, undefined, undefined, undefined, 'ltr')
    let run = words.get(word)
    if (!run) {
      const shaped = shape(word, undefined, undefined, undefined, 'ltr')
      run = { glyphs: shaped.glyphs, positions: shaped.positions.map((position) => Object.freeze({ ...position })), advanceWidth: shaped.advanceWidth }
      if (words.size >= MAX_CACHED_WORDS) words.clear()
      words.set(word, run)
    }
    return run
  }

  const layout = (text: string, features?: Parameters<Layout>[1], script?: string, language?: string, direction?: string) => {
    const plain = noFeatures(features) && script === undefined && language === undefined && direction === 'ltr'
    if (!plain) return shape(text, features, script, language, direction)
    const glyphs: Glyph[] = []
    const positions: GlyphPosition[] = []
    let advanceWidth = 0
    let start = 0
    for (let index = 0; index <= text.length; index += 1) {
      const char = text[index]
      const ends = index === text.length ? start < index : char === ' ' || char === '\t'
      if (!ends) continue
      const run = shapeWord(text.slice(start, index + 1)) // the space stays with the word before it, as in pdfkit
      for (const glyph of run.glyphs) glyphs.push(glyph)
      for (const position of run.positions) positions.push(position)
      advanceWidth += run.advanceWidth
      start = index + 1
    }
    return { glyphs, positions, advanceWidth } as ShapedRun as ReturnType<Layout>
  }

  Object.assign(font, { layout, wordShapingCached: true })
}

/**
 * Remembers which characters of the Basic Multilingual Plane the font can draw. react-pdf asks for
 * every character it lays out (to pick a fallback font), and fontkit searches the font's character
 * map each time; others (emoji, rare scripts) are still asked of fontkit.
 */
export function cacheGlyphChecks(font: FontkitFont): void {
  if ((font as { glyphChecksCached?: true }).glyphChecksCached) return
  const check = font.hasGlyphForCodePoint.bind(font)
  const known = new Uint8Array(0x10000) // 0: not asked yet, 1: has a glyph, 2: has none
  const hasGlyphForCodePoint = (codePoint: number) => {
    if (!(codePoint >= 0 && codePoint < 0x10000)) return check(codePoint)
    if (known[codePoint] === 0) known[codePoint] = check(codePoint) ? 1 : 2
    return known[codePoint] === 1
  }
  Object.assign(font, { hasGlyphForCodePoint, glyphChecksCached: true })
}

/** The metrics react-pdf reads for every run and line; fontkit recomputes most from its tables per read. */
const METRICS = ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'capHeight', 'xHeight', 'underlinePosition', 'underlineThickness', 'italicAngle', 'bbox', 'numGlyphs'] as const

/** Reads a font's metrics once and keeps them as plain values (a font file never changes once loaded). */
export function snapshotFontMetrics(font: FontkitFont): void {
  for (const name of METRICS) {
    const value = font[name]
    // fontkit already keeps a few (bbox) as its own values after their first read.
    if (!Object.hasOwn(font, name)) Object.defineProperty(font, name, { value, enumerable: true })
  }
}
