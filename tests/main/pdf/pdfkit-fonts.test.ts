import { openSync, type Font } from 'fontkit'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { reuseEmbeddedFonts } from '../../../src/main/pdf/pdfkit-fonts'
import { RESOURCES } from '../../support/workspaces'

const open = (file: string) => openSync(join(RESOURCES, 'fonts', file)) as Font
/** pdfkit's own record of the fonts a document has opened (not in its public types). */
const internals = (doc: PDFKit.PDFDocument) => doc as unknown as { _font: unknown; _fontCount: number; _fontSize: number }
/** `doc.font(font, size)` as react-pdf calls it, with a fontkit font object (pdfkit's types take only names and bytes). */
const setFont = (doc: PDFKit.PDFDocument, font: Font, size?: number) => (doc.font as unknown as (src: Font, size?: number) => PDFKit.PDFDocument).call(doc, font, size)

describe('pdfkit with react-pdf font objects', () => {
  it('embeds each font object once, however often a document is switched back to it', () => {
    reuseEmbeddedFonts()
    reuseEmbeddedFonts() // twice is harmless: the wrapper is installed once
    const regular = open('NotoSans-Regular.ttf')
    const bold = open('NotoSans-Bold.ttf')
    const doc = new PDFDocument({ autoFirstPage: false })
    const opened = internals(doc)._fontCount // pdfkit opens Helvetica as its default
    setFont(doc, regular, 10)
    const first = internals(doc)._font
    setFont(doc, bold, 12)
    setFont(doc, regular, 10)
    setFont(doc, regular)
    expect(internals(doc)._font).toBe(first)
    expect(internals(doc)._fontSize).toBe(10)
    setFont(doc, bold, 12)
    expect(internals(doc)._font).not.toBe(first)
    // Opening a font builds a subset and reads its glyphs: twice here, not once per call.
    expect(internals(doc)._fontCount - opened).toBe(2)
    // A second document embeds its own copies (embedded fonts belong to one file).
    const other = new PDFDocument({ autoFirstPage: false })
    setFont(other, regular, 10)
    expect(internals(other)._font).not.toBe(first)
  })

  it('still opens fonts given by file path or standard name', () => {
    const doc = new PDFDocument({ autoFirstPage: false })
    doc.font('Helvetica-Bold', 9).font(join(RESOURCES, 'fonts', 'NotoSans-Italic.ttf'), 11)
    expect(internals(doc)._fontSize).toBe(11)
    doc.font('Helvetica-Bold')
    expect(internals(doc)._fontCount).toBe(3) // Helvetica (the default), Helvetica-Bold, the italic
  })
})
