import { Font } from '@react-pdf/renderer'
import { join } from 'node:path'

/** The one family every exported PDF uses; see resources/fonts/README.md. */
export const FONT_FAMILY = 'Noto Sans'

let registeredFrom: string | null = null

/**
 * Registers the shipped Unicode fonts with react-pdf (once per process). Without them react-pdf
 * falls back to Helvetica, which silently garbles anything outside Windows-1252.
 */
export function registerFonts(fontsDir: string): void {
  if (registeredFrom === fontsDir) return
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: join(fontsDir, 'NotoSans-Regular.ttf') },
      { src: join(fontsDir, 'NotoSans-Bold.ttf'), fontWeight: 'bold' },
      { src: join(fontsDir, 'NotoSans-Italic.ttf'), fontStyle: 'italic' },
      { src: join(fontsDir, 'NotoSans-BoldItalic.ttf'), fontWeight: 'bold', fontStyle: 'italic' }
    ]
  })
  // Whole words only: automatic English hyphenation is wrong for other languages and slows layout.
  Font.registerHyphenationCallback((word) => [word])
  registeredFrom = fontsDir
}
