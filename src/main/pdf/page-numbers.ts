import { rgb, type PDFDocument } from '@cantoo/pdf-lib'
import * as fontkit from 'fontkit'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageGeometry } from '../../shared/export/options'
import { MUTED } from './theme'

export const PAGE_NUMBER_FONT_SIZE = 8
/** The footer's line sits on a box whose foot is this far below the bottom margin's line (where react-pdf drew it before). */
const FOOTER_DROP = 6

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]

const fontFiles = new Map<string, Promise<Uint8Array>>()
const parsedFonts = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>()

/**
 * fontkit for pdf-lib, keeping each font file it reads parsed: pdf-lib parses the file again for
 * every document it embeds a font in (~20 ms of a 50-page export for Noto Sans). A parsed font is
 * only read from afterwards; each document still gets its own subset.
 */
const cachingFontkit: Fontkit = {
  create(bytes, postscriptName) {
    if (postscriptName !== undefined) return fontkit.create(bytes as Buffer, postscriptName) as ReturnType<Fontkit['create']>
    const font = parsedFonts.get(bytes) ?? (fontkit.create(bytes as Buffer) as ReturnType<Fontkit['create']>)
    parsedFonts.set(bytes, font)
    return font
  }
}

const regularFont = (fontsDir: string) => {
  const path = join(fontsDir, 'NotoSans-Regular.ttf')
  const bytes = fontFiles.get(path) ?? readFile(path).then((buffer) => new Uint8Array(buffer))
  fontFiles.set(path, bytes)
  bytes.catch(() => fontFiles.delete(path)) // a failed read is retried by the next export
  return bytes
}

const hexColour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255)

/**
 * Writes "Page x of y" at the foot of every page from `firstNumbered` (0-based) on, right-aligned to
 * the text column, in the document's font: the footer the pages leave room for (PageFrame.tsx).
 * Numbers count the whole document, cover included, as a reader counts them.
 */
export async function stampPageNumbers(document: PDFDocument, fontsDir: string, geometry: PageGeometry, firstNumbered: number): Promise<void> {
  document.registerFontkit(cachingFontkit)
  // Named as PDF names a subset (a six-letter tag, then the font's name), as react-pdf's own subsets are.
  const font = await document.embedFont(await regularFont(fontsDir), { subset: true, customName: 'PAGENO+NotoSans-Regular' })
  const size = PAGE_NUMBER_FONT_SIZE
  // The baseline sits the font's descent above the box's foot, as in react-pdf's one-line text box.
  const descent = font.heightAtSize(size, { descender: true }) - font.heightAtSize(size, { descender: false })
  const y = geometry.margin - FOOTER_DROP + descent
  const color = hexColour(MUTED)
  const pages = document.getPages()
  pages.forEach((page, index) => {
    if (index < firstNumbered) return
    const text = `Page ${index + 1} of ${pages.length}`
    page.drawText(text, { x: page.getWidth() - geometry.margin - font.widthOfTextAtSize(text, size), y, size, font, color })
  })
}
