import { openSync, type Font as FontkitFont } from 'fontkit'
import { join } from 'node:path'

/** Characters after which a long address or identifier may break without a hyphen. */
const BREAK_AFTER = new Set(['/', '.', '-', '?', '&', '=', '_', '#', ':', ',', ';', '@', '+', ')'])

/**
 * Text that react-pdf must never break inside a word on its own (it would add a hyphen): a
 * zero-width no-break space marks where a long word may break instead. JavaScript's trim() counts
 * it as white space, which is what makes react-pdf's line breaker treat it as a break opportunity
 * (see fonts.ts), and the shipped fonts draw it with no width.
 */
export const BREAK_OPPORTUNITY = '\uFEFF'

/** Words longer than this get break opportunities after their slashes, dots and hyphens. */
const LONG_WORD = 24
/** Runs this long with none of those characters (a hash, a key) may break too. */
const FORCED_STEP = 20

/** `word` with break opportunities where a reader would accept a line break (URLs after `/`, `.`, `-`, …). */
export function markBreaks(text: string): string {
  return text.replace(new RegExp(`\\S{${LONG_WORD},}`, 'gu'), (word) => {
    const chars = [...word]
    let out = ''
    let sinceBreak = 0
    chars.forEach((char, index) => {
      out += char
      sinceBreak += 1
      if (index === chars.length - 1) return
      if (BREAK_AFTER.has(char) || sinceBreak >= FORCED_STEP) {
        out += BREAK_OPPORTUNITY
        sinceBreak = 0
      }
    })
    return out
  })
}

/**
 * Wraps text into lines that fit a width, measured with the shipped fonts' real advances: the
 * tables and the pillar map lay their rows out themselves (fixed heights keep a long export linear),
 * so they need to know how many lines each cell takes before react-pdf draws it. Words break at
 * spaces; a word too long for a line breaks after a slash, dot or hyphen, or as a last resort
 * between letters, so nothing is ever cut.
 */
export function createTextWrapper(fontsDir: string) {
  const fonts = {
    regular: openSync(join(fontsDir, 'NotoSans-Regular.ttf')) as FontkitFont,
    bold: openSync(join(fontsDir, 'NotoSans-Bold.ttf')) as FontkitFont
  }
  const caches = { regular: new Map<number, number>(), bold: new Map<number, number>() }
  const advance = (codePoint: number, bold: boolean) => {
    const face = bold ? 'bold' : 'regular'
    let width = caches[face].get(codePoint)
    if (width === undefined) {
      width = fonts[face].glyphForCodePoint(codePoint).advanceWidth / fonts[face].unitsPerEm
      caches[face].set(codePoint, width)
    }
    return width
  }
  /** Width of text in ems. */
  const measure = (text: string, bold = false) => {
    let width = 0
    for (const char of text) width += advance(char.codePointAt(0)!, bold)
    return width
  }

  /** Splits a word too wide for `limit` ems into pieces that fit, preferring breaks after URL punctuation. */
  const breakWord = (word: string, limit: number, bold: boolean): string[] => {
    const pieces: string[] = []
    let chars = [...word]
    while (chars.length > 0 && measure(chars.join(''), bold) > limit) {
      let used = 0
      let fits = 0
      while (fits < chars.length && used + advance(chars[fits]!.codePointAt(0)!, bold) <= limit) used += advance(chars[fits++]!.codePointAt(0)!, bold)
      fits = Math.max(1, fits)
      let cut = fits
      // The last URL break that keeps at least a third of the line; else between letters.
      for (let at = fits; at >= Math.max(1, fits / 3); at -= 1) {
        if (BREAK_AFTER.has(chars[at - 1]!)) {
          cut = at
          break
        }
      }
      pieces.push(chars.slice(0, cut).join(''))
      chars = chars.slice(cut)
    }
    if (chars.length > 0) pieces.push(chars.join(''))
    return pieces
  }

  /**
   * The lines `text` takes at `fontSize` in a box `width` points wide. A little room is kept on
   * each line so react-pdf, which measures shaped (kerned) text, never wraps a line again.
   */
  function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
    const limit = Math.max(0.5, (width * 0.985 - 0.5) / fontSize)
    const space = advance(32, bold)
    const lines: string[] = []
    for (const paragraph of text.split('\n')) {
      let line = ''
      let used = 0
      for (const word of paragraph.split(/ +/).filter(Boolean)) {
        const wordWidth = measure(word, bold)
        if (line && used + space + wordWidth <= limit) {
          line += ` ${word}`
          used += space + wordWidth
          continue
        }
        if (line) lines.push(line)
        if (wordWidth <= limit) {
          line = word
          used = wordWidth
          continue
        }
        const pieces = breakWord(word, limit, bold)
        lines.push(...pieces.slice(0, -1))
        line = pieces[pieces.length - 1] ?? ''
        used = measure(line, bold)
      }
      lines.push(line)
    }
    return lines
  }

  return { wrap, measure }
}

export type TextWrapper = ReturnType<typeof createTextWrapper>
