import { Font } from '@react-pdf/renderer'
import type { Font as FontkitFont } from 'fontkit'
import { join } from 'node:path'
import { cacheGlyphChecks, cacheWordShaping, snapshotFontMetrics } from './font-caches'
import { installFastFlat } from './array-flat'
import { reuseEmbeddedFonts } from './pdfkit-fonts'
import { BREAK_OPPORTUNITY } from './text-wrap'

const BREAK_SPLIT = new RegExp(`(${BREAK_OPPORTUNITY})`)

/** The one family every exported PDF uses; see resources/fonts/README.md. */
export const FONT_FAMILY = 'Noto Sans'

const FACES = [
  { file: 'NotoSans-Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: 'NotoSans-Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { file: 'NotoSans-Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { file: 'NotoSans-BoldItalic.ttf', fontWeight: 700, fontStyle: 'italic' }
] as const

let registeredFrom: string | null = null
let prepared: Promise<void> | null = null

/**
 * Registers the shipped Unicode fonts with react-pdf (once per process) and loads them, each with
 * a word shaping cache, a glyph check cache and its metrics read once (font-caches.ts). Without these fonts react-pdf
 * falls back to Helvetica, which silently garbles anything outside Windows-1252.
 */
export function prepareFonts(fontsDir: string): Promise<void> {
  if (registeredFrom === fontsDir && prepared) return prepared
  reuseEmbeddedFonts()
  installFastFlat() // react-pdf's text layout leans on Array.prototype.flat (array-flat.ts)
  Font.register({
    family: FONT_FAMILY,
    fonts: FACES.map(({ file, fontWeight, fontStyle }) => ({ src: join(fontsDir, file), fontWeight, fontStyle }))
  })
  // Whole words only: automatic English hyphenation is wrong for other languages and slows layout.
  // A long word (a URL) may break where markBreaks() put a break opportunity, without a hyphen.
  Font.registerHyphenationCallback((word) => (word.includes(BREAK_OPPORTUNITY) ? word.split(BREAK_SPLIT).filter(Boolean) : [word]))
  registeredFrom = fontsDir
  // Loaded here rather than on first use so each face gets its shaping cache before any text is laid out.
  prepared = Promise.all(
    FACES.map(async ({ fontWeight, fontStyle }) => {
      const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight, fontStyle })
      await source.load()
      const font = source.data as FontkitFont
      cacheWordShaping(font)
      cacheGlyphChecks(font)
      snapshotFontMetrics(font)
    })
  ).then(() => undefined)
  prepared.catch(() => (prepared = null)) // a failed load is retried by the next export
  return prepared
}

/** The regular face as react-pdf loaded it (after prepareFonts). */
export function regularFace(): FontkitFont {
  return Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400, fontStyle: 'normal' }).data as FontkitFont
}
