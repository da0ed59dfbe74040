import PDFDocument from 'pdfkit'

type FontCall = (this: PDFKit.PDFDocument, src: unknown, family?: unknown, size?: unknown) => PDFKit.PDFDocument

/** A fontkit font object, as react-pdf passes it (not a file path, buffer or standard font name). */
const isFontObject = (src: unknown): src is object => typeof src === 'object' && src !== null && typeof (src as { layout?: unknown }).layout === 'function'

let reusing = false

/**
 * Makes pdfkit give back the font it has already embedded when react-pdf hands it the same fontkit
 * font again.
 *
 * Why: react-pdf calls `doc.font(font, size)` with the font object for every run of text it draws.
 * pdfkit caches fonts by family name only when given a name, so each call built a new embedded
 * font (with a subset and a glyph lookup), found the one already embedded under the same
 * PostScript name, and compared the two by JSON-encoding both fonts' name tables: about 12 ms of a
 * 50-page export, thrown away. Giving each font object a family name of its own lets pdfkit's own
 * cache answer. The result is the same embedded font; only the wasted work goes.
 */
export function reuseEmbeddedFonts(): void {
  if (reusing) return
  reusing = true
  const names = new WeakMap<object, string>()
  let named = 0
  const prototype = PDFDocument.prototype as unknown as { font: FontCall }
  const font = prototype.font
  prototype.font = function (src, family, size) {
    if (!isFontObject(src) || (family !== undefined && family !== null && typeof family !== 'number')) return font.call(this, src, family, size)
    let name = names.get(src)
    if (name === undefined) names.set(src, (name = `cluster-workbench-font-${(named += 1)}`))
    return font.call(this, src, name, typeof family === 'number' ? family : size)
  }
}
