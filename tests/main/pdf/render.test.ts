import { describe, expect, it } from 'vitest'
import { directoryDocument, pillarMapDocument } from '../../../src/shared/export/member-documents'
import { parseMarkdown } from '../../../src/shared/document/markdown'
import { pageGeometry, PdfOptionsSchema } from '../../../src/shared/export/options'
import type { PrintDocument } from '../../../src/shared/export/print-model'
import { renderPrintDocument } from '../../../src/main/pdf/render-print-document'
import { createGlyphCheck } from '../../../src/main/pdf/font-metrics'
import { pdfLinks, pdfOutline, pdfPageOperators, pdfPageTexts, pdfTextPlacements } from '../../support/pdf-text'
import { member, RESOURCES, workspaceWith } from '../../support/workspaces'
import { join } from 'node:path'

const FONTS = join(RESOURCES, 'fonts')
const A4 = PdfOptionsSchema.parse({})
const date = new Date('2026-03-01T00:00:00Z')

// Short enough not to be shortened to fit a directory column.
const NAMES = ['Blåbær Fjordfisk AS', 'Société Électrique', 'Müller & Söhne', 'Łódź Żegluga', 'Přístav Šťastná', 'İzmir Gemi Şirketi', 'Ελληνική Ναυτιλία', 'Морская компания']

describe('PDF rendering', () => {
  it('prints member names in every supported script, exactly, with page x of y', async () => {
    const workspace = { ...workspaceWith(0), members: NAMES.map((name, index) => member({ id: `n${index}`, name, pillar: (['industry', 'entrepreneurs', 'government', 'academia', 'investors'] as const)[index % 5] })) }
    for (const document of [directoryDocument(workspace, date), pillarMapDocument(workspace, date)]) {
      const { bytes, pages } = await renderPrintDocument(document, A4, FONTS)
      const texts = await pdfPageTexts(bytes)
      expect(texts).toHaveLength(pages)
      const all = texts.join(' ')
      for (const name of NAMES) expect(all).toContain(name)
      texts.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages}`))
    }
  })

  it('lays a 1,000-member pillar map out over several landscape pages, with every member on it', async () => {
    const workspace = workspaceWith(1000)
    const { bytes, pages } = await renderPrintDocument(pillarMapDocument(workspace, date), { ...A4, orientation: 'landscape' }, FONTS)
    expect(pages).toBeGreaterThan(2)
    const all = (await pdfPageTexts(bytes)).join(' ')
    for (const index of [0, 1, 499, 998, 999]) expect(all).toContain(`Organisation ${index} Æøå`)
    expect(all).toContain('200 members')
  })

  it('paints the swatches and rules of a map as a few shapes per page, however many cards the page holds', async () => {
    // Drawn as bordered views, every card cost about 13 clips and 20 paths, which PDF viewers replay one by one.
    const firstPage = async (count: number) => {
      const { bytes } = await renderPrintDocument(pillarMapDocument(workspaceWith(count), date), { ...A4, orientation: 'landscape' }, FONTS)
      return { ops: await pdfPageOperators(bytes, 1), cards: ((await pdfPageTexts(bytes))[0]!.match(/Organisation \d+/g) ?? []).length }
    }
    const few = await firstPage(40)
    const full = await firstPage(1000)
    expect(full.cards).toBeGreaterThan(few.cards * 3)
    expect(full.ops.clip).toBe(few.ops.clip)
    expect(full.ops.constructPath).toBe(few.ops.constructPath)
  })

  it('numbers the contents with the pages where each part really begins', async () => {
    const long = parseMarkdown(Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the vision, with enough words to fill a good part of a line on an A4 page.`).join('\n\n')).blocks
    const document: PrintDocument = {
      meta: { title: 'Strategy plan', clusterName: 'Kestrel Coast', version: 'Steering group v1', date: '2026-03-01' },
      cover: true,
      toc: true,
      parts: [
        { type: 'text', id: 'vision', title: 'Vision and mission', blocks: long },
        { type: 'text', id: 'goals', title: 'Goals', blocks: parseMarkdown('# Goal one\n\nShort.').blocks },
        { type: 'table', id: 'kpis', title: 'Targets and indicators', intro: null, columns: [{ label: 'Indicator', width: 0.7 }, { label: 'Target', width: 0.3 }], groups: [{ heading: null, rows: [['Members', '40']] }] },
        { type: 'text', id: 'links', title: 'Links', blocks: parseMarkdown('[web](https://example.org) [bad](javascript:alert(1)) [file](file:///etc/passwd)').blocks }
      ]
    }
    const { bytes, pages, contents } = await renderPrintDocument(document, A4, FONTS)
    const texts = await pdfPageTexts(bytes)
    expect(texts[0]).toContain('Kestrel Coast')
    expect(texts[0]).toContain('Steering group v1')
    expect(texts[1]).toContain('Contents')
    for (const entry of contents) {
      expect(texts[entry.page - 1], `${entry.title} should start on page ${entry.page}`).toContain(entry.title)
      expect(texts[1]).toContain(`${entry.title} ${entry.page}`)
    }
    expect(contents.map((entry) => entry.page)).toEqual([3, expect.any(Number), expect.any(Number), expect.any(Number)])
    expect(contents[1]!.page).toBeGreaterThan(3) // the vision runs over more than one page
    expect(texts[pages - 1]).toContain(`Page ${pages} of ${pages}`)
    // The cover has no number; every other page counts the cover, as a reader does.
    expect(texts[0]).not.toContain('Page 1 of')
    texts.slice(1).forEach((text, index) => expect(text).toContain(`Page ${index + 2} of ${pages}`))
    // A viewer's bookmarks open each part where the contents say it begins.
    expect(await pdfOutline(bytes)).toEqual(contents.map((entry) => ({ title: entry.title, page: entry.page })))
    const links = await pdfLinks(bytes)
    expect(links).toContain('https://example.org/')
    for (const link of links) expect(link).toMatch(/^(https?|mailto):/)
  })

  it('sets a running header and the page number on every page, in the bands the margins keep free for them', async () => {
    for (const options of [A4, { ...A4, orientation: 'landscape' as const }, PdfOptionsSchema.parse({ size: 'Letter' })]) {
      const { bytes, pages } = await renderPrintDocument(pillarMapDocument(workspaceWith(300), date), options, FONTS)
      const { margin } = pageGeometry(options)
      for (let page = 1; page <= pages; page += 1) {
        const placements = await pdfTextPlacements(bytes, page)
        const height = placements[0]!.pageHeight
        const number = placements.find((placement) => placement.text === `Page ${page} of ${pages}`)!
        const head = placements.find((placement) => placement.text.startsWith('Test Cluster · Pillar map'))!
        const day = placements.find((placement) => placement.text === '2026-03-01')!
        expect(number, `page ${page}`).toBeDefined()
        expect(Math.abs(number.right - (number.pageWidth - margin))).toBeLessThan(0.5)
        expect(number.baseline).toBeGreaterThan(margin - 6)
        expect(number.baseline).toBeLessThan(margin)
        expect(head.left).toBeCloseTo(margin, 1)
        expect(Math.abs(day.right - (day.pageWidth - margin))).toBeLessThan(0.5)
        expect(head.baseline).toBeCloseTo(day.baseline, 3)
        expect(head.baseline).toBeGreaterThan(height - margin - 6)
        for (const other of placements.filter((placement) => ![number, head, day].includes(placement))) {
          expect(other.baseline).toBeGreaterThan(margin + 8)
          expect(other.baseline).toBeLessThan(head.baseline - 12)
        }
      }
    }
  })

  it('shortens a running header too long for its line with an ellipsis, leaving the date whole', async () => {
    const workspace = workspaceWith(10, `The ${'very '.repeat(21)}big cluster`) // 120 characters, the longest name allowed
    const { bytes } = await renderPrintDocument(directoryDocument(workspace, date), A4, FONTS)
    const placements = await pdfTextPlacements(bytes, 1)
    const head = placements.find((placement) => placement.text.startsWith('The very'))!
    const day = placements.find((placement) => placement.text === '2026-03-01')!
    expect(head.text.endsWith('…')).toBe(true)
    expect(head.right).toBeLessThanOrEqual(day.left + 0.01)
    expect(Math.abs(day.right - (day.pageWidth - pageGeometry(A4).margin))).toBeLessThan(0.5)
  })

  it('sets body text and list items at 1.45 times the body size, line to line', async () => {
    const sentence = 'Ports, yards, start-ups and universities work together on cleaner ships along this coast.'
    const document: PrintDocument = {
      meta: { title: 'Strategy plan', clusterName: 'Kestrel Coast', version: null, date: '2026-03-01' },
      cover: false,
      toc: false,
      parts: [{ type: 'text', id: 'vision', title: 'Vision', blocks: parseMarkdown(`${sentence.repeat(4)}\n\n- ${sentence.repeat(3)}`).blocks }]
    }
    const { bytes } = await renderPrintDocument(document, A4, FONTS)
    // Every line but the running header, the part's title and the page number.
    const body = (await pdfTextPlacements(bytes, 1)).filter((placement) => !/Kestrel|2026|^Vision$|^Page \d/.test(placement.text))
    const lines = [...new Set(body.map((placement) => Math.round(placement.baseline * 100) / 100))].sort((a, b) => b - a)
    expect(lines.length).toBeGreaterThan(5)
    const pitches = lines.slice(1).map((baseline, index) => lines[index]! - baseline)
    // Within a paragraph or item 10.5 × 1.45 = 15.2 pt; between them that plus their spacing.
    expect(Math.min(...pitches)).toBeCloseTo(15.2, 0)
    expect(pitches.filter((pitch) => Math.abs(pitch - 15.225) < 0.3).length).toBeGreaterThanOrEqual(lines.length - 3)
  })

  it('knows which characters its fonts cannot show', () => {
    const hasGlyph = createGlyphCheck(FONTS)
    for (const ok of 'AåŁŞşŘřΩЖ€—“') expect(hasGlyph(ok.codePointAt(0)!)).toBe(true)
    for (const missing of ['東', '😀', '한']) expect(hasGlyph(missing.codePointAt(0)!)).toBe(false)
  })
})
