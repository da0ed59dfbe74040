import { openSync, type Font as FontkitFont } from 'fontkit'
import { join } from 'node:path'

/**
 * Font metrics from the shipped Noto Sans, read with fontkit alone (no react-pdf), so the main
 * process can check text before export without loading the PDF renderer.
 */
const open = (fontsDir: string) => openSync(join(fontsDir, 'NotoSans-Regular.ttf')) as FontkitFont

/** Whether the shipped fonts can draw a character (checked before export, so nothing prints as boxes unannounced). */
export function createGlyphCheck(fontsDir: string): (codePoint: number) => boolean {
  const font = open(fontsDir)
  return (codePoint) => font.hasGlyphForCodePoint(codePoint)
}

/**
 * Shortens text to fit `width` points at `fontSize`, with an ellipsis, using the font's real
 * glyph advances. (react-pdf's own ellipsis squeezes the letters together.) Widths of regular
 * and bold differ little at these sizes; bold callers pass a slightly smaller width.
 */
export function createTextFitter(fontsDir: string) {
  const font = open(fontsDir)
  const unitsPerEm = font.unitsPerEm
  const cache = new Map<number, number>()
  const advance = (codePoint: number) => {
    let width = cache.get(codePoint)
    if (width === undefined) {
      width = font.glyphForCodePoint(codePoint).advanceWidth / unitsPerEm
      cache.set(codePoint, width)
    }
    return width
  }
  return function fit(text: string, width: number, fontSize: number): string {
    const limit = width / fontSize
    let used = 0
    const chars = [...text]
    for (let index = 0; index < chars.length; index += 1) {
      used += advance(chars[index]!.codePointAt(0) ?? 32)
      if (used > limit) {
        const room = limit - advance(0x2026)
        let cut = index
        let trimmed = used
        while (cut > 0 && trimmed > room) trimmed -= advance(chars[--cut]!.codePointAt(0) ?? 32)
        return `${chars.slice(0, cut).join('').trimEnd()}…`
      }
    }
    return text
  }
}

export type TextFitter = ReturnType<typeof createTextFitter>
