import { rgb, type PDFDocument } from '@cantoo/pdf-lib'
import * as fontkit from 'fontkit'
import type { Font as FontkitFont } from 'fontkit'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageGeometry } from '../../shared/export/options'
import type { PrintMeta } from '../../shared/export/print-model'
import { cacheWordShaping } from './font-caches'
import type { TextFitter } from './font-metrics'
import { MUTED, RULE } from './theme'

/** The header's and footer's text, in points. */
export const DECORATION_FONT_SIZE = 8
/** Where the header's line box begins above the top margin, and the footer's ends below the bottom one. */
const HEADER_RAISE = 6
const FOOTER_DROP = 6
/** Space between the header's text and its rule, and the rule's weight. */
const HEADER_PADDING = 3
const RULE_WIDTH = 0.5

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
    let font = parsedFonts.get(bytes)
    if (!font) {
      const parsed = fontkit.create(bytes as Buffer) as FontkitFont
      // pdf-lib shapes every string it measures or draws; the words of the headers repeat on every page.
      cacheWordShaping(parsed)
      font = parsed as unknown as ReturnType<Fontkit['create']>
      parsedFonts.set(bytes, font)
    }
    return font
  }
}

/** The regular face's file, read once per process (the same bytes, so its parsed font is reused too). */
function regularFont(fontsDir: string): Promise<Uint8Array> {
  const path = join(fontsDir, 'NotoSans-Regular.ttf')
  let bytes = fontFiles.get(path)
  if (!bytes) {
    bytes = readFile(path).then((buffer) => new Uint8Array(buffer))
    fontFiles.set(path, bytes)
    bytes.catch(() => fontFiles.delete(path)) // a failed read is retried by the next export
  }
  return bytes
}

const hexColour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255)

/**
 * Draws the running header (cluster and title on the left, the date on the right, a rule below)
 * and the "Page x of y" footer on every page from `firstDecorated` (0-based) on, in the document's
 * font, in the bands the pages' padding keeps free for them (PageFrame.tsx). Numbers count the
 * whole document, cover included, as a reader counts them.
 *
 * Drawn onto the finished document rather than laid out by react-pdf: its fixed header was laid out
 * again on every page, and its page-number render prop made it lay every page out twice more.
 */
export async function decoratePages(document: PDFDocument, fontsDir: string, geometry: PageGeometry, meta: PrintMeta, fit: TextFitter, firstDecorated: number): Promise<void> {
  document.registerFontkit(cachingFontkit)
  // Named as PDF names a subset (a six-letter tag, then the font's name), as react-pdf's own subsets are.
  const font = await document.embedFont(await regularFont(fontsDir), { subset: true, customName: 'RUNHED+NotoSans-Regular' })
  const size = DECORATION_FONT_SIZE
  const measure = (text: string) => font.widthOfTextAtSize(text, size)
  const ascent = font.heightAtSize(size, { descender: false })
  const descent = font.heightAtSize(size, { descender: true }) - ascent
  const color = hexColour(MUTED)
  const ruleColor = hexColour(RULE)
  const { margin } = geometry
  const pages = document.getPages()
  const date = meta.date
  const dateWidth = measure(date)
  // A title that already names the cluster ("Kestrel Coast: strategy 2030") is not preceded by the name again.
  const running = meta.title.includes(meta.clusterName) ? meta.title : `${meta.clusterName} · ${meta.title}`
  const head = fit(running, geometry.contentWidth - dateWidth - 12, size)
  pages.forEach((page, index) => {
    if (index < firstDecorated) return
    const width = page.getWidth()
    // The header's line box starts HEADER_RAISE above the top margin; a rule follows its padding.
    const headTop = page.getHeight() - margin + HEADER_RAISE
    page.drawText(head, { x: margin, y: headTop - ascent, size, font, color })
    page.drawText(date, { x: width - margin - dateWidth, y: headTop - ascent, size, font, color })
    const ruleY = headTop - ascent - descent - HEADER_PADDING - RULE_WIDTH / 2
    page.drawLine({ start: { x: margin, y: ruleY }, end: { x: width - margin, y: ruleY }, thickness: RULE_WIDTH, color: ruleColor })
    // The footer's line box ends FOOTER_DROP below the bottom margin; its baseline sits the descent above that.
    const number = `Page ${index + 1} of ${pages.length}`
    page.drawText(number, { x: width - margin - measure(number), y: margin - FOOTER_DROP + descent, size, font, color })
  })
}
