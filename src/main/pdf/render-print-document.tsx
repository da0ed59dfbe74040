import { Document, Text } from '@react-pdf/renderer'
import { pageGeometry, type ExportPhase, type PdfOptions } from '../../shared/export/options'
import { contentsItems, type PrintDocument } from '../../shared/export/print-model'
import { Blocks } from './Blocks'
import { createTextFitter, type TextFitter } from './font-metrics'
import { createTextWrapper, type TextWrapper } from './text-wrap'
import { prepareFonts, regularFace } from './fonts'
import { Cover, layoutContents, TableOfContents, type TocEntry } from './FrontMatter'
import { startPages, takeBookmarks, writeOutline } from './document-outline'
import { decoratePages } from './page-decorations'
import { PageFrame } from './PageFrame'
import { layOut, writePdf } from './react-pdf-stages'
import type { PartProps } from './part-props'
import { FiguresPart } from './FiguresPart'
import { FlowPart } from './FlowPart'
import { PillarMapPart } from './PillarMapPart'
import { TablePart } from './TablePart'
import { createStyles } from './theme'

export type RenderPhase = Exclude<ExportPhase, 'done' | 'cancelled'>
export type RenderedPdf = { bytes: Uint8Array; pages: number; contents: TocEntry[] }

function Part({ part, ...props }: PartProps) {
  switch (part.type) {
    case 'table':
      return <TablePart part={part} {...props} />
    case 'pillar-map':
      return <PillarMapPart part={part} {...props} />
    case 'flow':
      return <FlowPart part={part} {...props} />
    case 'figures':
      return <FiguresPart part={part} {...props} />
    case 'text': {
      // A text part is one page run that react-pdf wraps itself: sections are short, so this stays linear.
      return (
        <PageFrame geometry={props.geometry} styles={props.styles} bookmark={part.title}>
          <Text style={props.styles.partTitle} minPresenceAhead={60}>
            {part.title}
          </Text>
          <Blocks blocks={part.blocks} styles={props.styles} />
        </PageFrame>
      )
    }
  }
}

const fitters = new Map<string, TextFitter>()
const fitterFor = (fontsDir: string) => fitters.get(fontsDir) ?? fitters.set(fontsDir, createTextFitter(fontsDir)).get(fontsDir)!
const wrappers = new Map<string, TextWrapper>()
const wrapperFor = (fontsDir: string) => wrappers.get(fontsDir) ?? wrappers.set(fontsDir, createTextWrapper(fontsDir)).get(fontsDir)!

const metadata = (document: PrintDocument) => ({
  title: `${document.meta.title}: ${document.meta.clusterName}`,
  author: document.meta.clusterName,
  subject: document.meta.title,
  creator: 'Cluster Workbench',
  producer: 'Cluster Workbench',
  language: 'en'
})

/**
 * Renders a print document in one layout pass over the body. The contents pages need to know
 * where each part landed, so the body is laid out first (each part's first page carries a
 * bookmark, which says where it landed), then the short front matter; both are drawn into one
 * file. Page numbers go on last, when the whole document's length is known; the front matter's
 * length is known in advance because every contents entry is one line.
 */
export async function renderPrintDocument(
  document: PrintDocument,
  options: PdfOptions,
  fontsDir: string,
  onPhase: (phase: RenderPhase) => void = () => undefined
): Promise<RenderedPdf> {
  await prepareFonts(fontsDir)
  const fit = fitterFor(fontsDir)
  const wrap = wrapperFor(fontsDir)
  const geometry = pageGeometry(options)
  const styles = createStyles(geometry)
  const items = contentsItems(document)
  const contentsLayout = layoutContents(document.toc ? items.map((item) => item.title) : [], geometry, wrap)
  const frontPages = (document.cover ? 1 : 0) + contentsLayout.pages.length

  onPhase('layout')
  const body = await layOut(
    <Document>
      {document.parts.map((part) => (
        <Part key={part.id} part={part} geometry={geometry} styles={styles} wrap={wrap} />
      ))}
    </Document>
  )
  const starts = startPages(takeBookmarks(body.children), items.map((item) => item.title))
  if (starts.includes(-1)) throw new Error('The parts of the document could not be found in the laid-out pages.')
  const contents = items.map((item, index) => ({ id: item.id, title: item.title, page: frontPages + starts[index]! + 1 }))

  let pages = body.children
  if (frontPages > 0) {
    onPhase('contents')
    const front = await layOut(
      <Document>
        {document.cover && <Cover meta={document.meta} geometry={geometry} styles={styles} />}
        {document.toc && <TableOfContents entries={contents} layout={contentsLayout} geometry={geometry} styles={styles} />}
      </Document>
    )
    if (front.children.length !== frontPages) throw new Error('The contents pages did not come out at the planned length.')
    pages = [...front.children, ...pages]
  }

  onPhase('finishing')
  const bytes = await writePdf(body, pages, metadata(document), (pdf) => {
    decoratePages(pdf, regularFace(), geometry, document.meta, fit, document.cover ? 1 : 0)
    writeOutline(pdf, contents.map((entry) => ({ title: entry.title, pageIndex: entry.page - 1 })))
  })
  return { bytes, pages: pages.length, contents }
}
