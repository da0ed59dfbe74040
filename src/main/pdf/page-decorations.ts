import type { Font as FontkitFont } from 'fontkit'
import type { PageGeometry } from '../../shared/export/options'
import type { PrintMeta } from '../../shared/export/print-model'
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

/**
 * Draws the running header (cluster and title on the left, the date on the right, a rule below)
 * and the "Page x of y" footer on every page from `firstDecorated` (0-based) on, in the document's
 * regular face, in the bands the pages' padding keeps free for them (PageFrame.tsx). Numbers count
 * the whole document, cover included, as a reader counts them.
 *
 * Drawn by pdfkit onto the laid-out pages (kept in memory with `bufferPages`) just before the
 * file is written, not laid out by react-pdf: its fixed header was laid out again on every page,
 * and its page-number render prop made it lay every page out twice more. Coordinates are pdfkit's,
 * from the top of the page. `face` is react-pdf's regular face: pdfkit shapes this text itself
 * (font-caches.ts keeps its word cache out of that) and reuses that face's embedded subset.
 */
export function decoratePages(pdf: PDFKit.PDFDocument, face: FontkitFont, geometry: PageGeometry, meta: PrintMeta, fit: TextFitter, firstDecorated: number): void {
  const size = DECORATION_FONT_SIZE
  const ascent = (face.ascent / face.unitsPerEm) * size
  const descent = (Math.abs(face.descent) / face.unitsPerEm) * size
  const { margin } = geometry
  const { start, count } = pdf.bufferedPageRange()
  pdf.font(face as unknown as string, size) // a fontkit font, as react-pdf passes it (pdfkit-fonts.ts)
  const measure = (text: string) => pdf.widthOfString(text)
  const date = meta.date
  const dateWidth = measure(date)
  // A title that already names the cluster ("Kestrel Coast: strategy 2030") is not preceded by the name again.
  const running = meta.title.includes(meta.clusterName) ? meta.title : `${meta.clusterName} · ${meta.title}`
  const head = fit(running, geometry.contentWidth - dateWidth - 12, size)
  // The header's line box starts HEADER_RAISE above the top margin; a rule follows its padding.
  const headBaseline = margin - HEADER_RAISE + ascent
  const ruleY = headBaseline + descent + HEADER_PADDING + RULE_WIDTH / 2
  const text = { lineBreak: false, baseline: 'alphabetic' } as const
  for (let index = Math.max(start, firstDecorated); index < start + count; index += 1) {
    pdf.switchToPage(index)
    const { width, height } = pdf.page
    pdf.save()
    pdf.fillColor(MUTED)
    pdf.text(head, margin, headBaseline, text)
    pdf.text(date, width - margin - dateWidth, headBaseline, text)
    pdf.moveTo(margin, ruleY).lineTo(width - margin, ruleY).lineWidth(RULE_WIDTH).strokeColor(RULE).stroke()
    // The footer's line box ends FOOTER_DROP below the bottom margin; its baseline sits the descent above that.
    const number = `Page ${index + 1} of ${count}`
    pdf.text(number, width - margin - measure(number), height - margin + FOOTER_DROP - descent, text)
    pdf.restore()
  }
}
