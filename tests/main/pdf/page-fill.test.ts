import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderPrintDocument } from '../../../src/main/pdf/render-print-document'
import { loadLibraryContent } from '../../../src/main/services/library/library-content'
import { buildPrintDocument } from '../../../src/shared/export/documents'
import { FOOTER_HEIGHT, HEADER_HEIGHT, pageGeometry, PdfOptionsSchema, type PdfOptions } from '../../../src/shared/export/options'
import { contentsItems, type PrintDocument } from '../../../src/shared/export/print-model'
import { WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { pdfPageTexts, pdfTextPlacements } from '../../support/pdf-text'
import { RESOURCES } from '../../support/workspaces'

const FONTS = join(RESOURCES, 'fonts')
const date = new Date('2026-12-01T00:00:00Z')
const demo = async () => WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))

/** How full each body page is (0 to 1): from the top of the text area to the lowest line of text on it. */
async function pageFill(document: PrintDocument, options: PdfOptions) {
  const rendered = await renderPrintDocument(document, options, FONTS)
  const { margin, contentHeight } = pageGeometry(options)
  const fills: number[] = []
  for (let page = 1; page <= rendered.pages; page += 1) {
    const placements = await pdfTextPlacements(rendered.bytes, page)
    const height = placements[0]?.pageHeight ?? 0
    const top = height - margin - HEADER_HEIGHT
    const body = placements.filter((placement) => placement.baseline < top && placement.baseline > margin + FOOTER_HEIGHT - 4)
    const lowest = Math.min(top, ...body.map((placement) => placement.baseline))
    fills.push((top - lowest) / contentHeight)
  }
  // The pages where a part begins: the first contents entry of each part.
  const items = contentsItems(document)
  const firstOfPart = new Set(document.parts.map((part) => (part.type === 'flow' ? part.sections[0]!.id : part.id)))
  const partStarts = new Set(rendered.contents.filter((_, index) => firstOfPart.has(items[index]!.id)).map((entry) => entry.page))
  return { fills, partStarts, firstBody: Math.min(...partStarts) }
}

describe('page fill', () => {
  for (const kind of ['strategy', 'dossier'] as const) {
    it(`leaves no body page of the demo's ${kind} less than a quarter full, except the last page of a part`, async () => {
      const { items } = await loadLibraryContent(join(RESOURCES, 'library'))
      const document = buildPrintDocument(kind, await demo(), date, { items, snapshotId: null })!
      const { fills, partStarts, firstBody } = await pageFill(document, PdfOptionsSchema.parse({}))
      fills.forEach((fill, index) => {
        const page = index + 1
        if (page < firstBody || page === fills.length || partStarts.has(page + 1)) return
        expect(fill, `page ${page} of ${fills.length}`).toBeGreaterThan(0.25)
      })
    })
  }

  it("runs the demo's initiatives on after its targets table, with no initiative opening a page alone", async () => {
    const workspace = await demo()
    const rendered = await renderPrintDocument(buildPrintDocument('strategy', workspace, date)!, PdfOptionsSchema.parse({}), FONTS)
    const startPage = (title: string) => rendered.contents.find((entry) => entry.title === title)!.page
    // On a page of its own, the short targets table left most of that page empty.
    expect(startPage('Initiatives')).toBe(startPage('Targets and KPIs'))
    // The last initiative used to sit alone on the part's last page, its title the page's first line.
    const texts = await pdfPageTexts(rendered.bytes)
    const from = startPage('Initiatives') - 1 // the action plan names them too
    for (const { title } of workspace.strategy.initiatives) {
      const page = texts.findIndex((text, index) => index >= from && text.includes(title))
      expect(page, title).toBeGreaterThanOrEqual(from)
      expect(texts[page]!.trimStart().startsWith(title), `${title} opens page ${page + 1}`).toBe(false)
    }
  })

  it('runs sections on after one another instead of starting each on a new page', async () => {
    const workspace: Workspace = await demo()
    const sections = workspace.strategy.sections.map((section) => ({ ...section, startsPart: false, markdown: section.markdown || 'A short paragraph.' }))
    const document = buildPrintDocument('strategy', { ...workspace, strategy: { ...workspace.strategy, sections } }, date)!
    const rendered = await renderPrintDocument(document, PdfOptionsSchema.parse({}), FONTS)
    const sectionPages = rendered.contents.slice(0, sections.length).map((entry) => entry.page)
    // Ten short sections fit on a few pages, several to a page.
    expect(new Set(sectionPages).size).toBeLessThan(sections.length / 2)
  })
})
