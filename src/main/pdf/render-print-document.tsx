import { PDFDocument } from '@cantoo/pdf-lib'
import { Document, renderToBuffer, Text } from '@react-pdf/renderer'
import { pageGeometry, type ExportPhase, type PdfOptions } from '../../shared/export/options'
import type { PrintDocument } from '../../shared/export/print-model'
import { Blocks } from './Blocks'
import { createTextFitter, type TextFitter } from './font-metrics'
import { prepareFonts } from './fonts'
import { Cover, TableOfContents, tocPageCount, type TocEntry } from './FrontMatter'
import { PageFrame, PageMarker } from './PageFrame'
import type { PartProps } from './part-props'
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
    case 'text': {
      // A text part is one page run that react-pdf wraps itself: sections are short, so this stays linear.
      return (
        <PageFrame geometry={props.geometry} styles={props.styles} meta={props.meta} numbering={props.numbering}>
          <PageMarker onPage={props.onStart} />
          <Text style={props.styles.partTitle} minPresenceAhead={60}>{part.title}</Text>
          <Blocks blocks={part.blocks} styles={props.styles} />
        </PageFrame>
      )
    }
  }
}

const fitters = new Map<string, TextFitter>()
const fitterFor = (fontsDir: string) => fitters.get(fontsDir) ?? fitters.set(fontsDir, createTextFitter(fontsDir)).get(fontsDir)!

const metadata = (document: PrintDocument) => ({
  title: `${document.meta.title}: ${document.meta.clusterName}`,
  author: document.meta.clusterName,
  subject: document.meta.title,
  creator: 'Cluster Workbench',
  producer: 'Cluster Workbench',
  language: 'en'
})

async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
}

/**
 * Renders a print document in one layout pass over the body. The contents pages need to know
 * where each part landed, so the body is laid out first (recording each part's first page),
 * then the short front matter, and the two are joined. The body's footers already count the
 * front matter, whose length is known in advance because every contents entry is one line.
 */
export async function renderPrintDocument(
  document: PrintDocument,
  options: PdfOptions,
  fontsDir: string,
  onPhase: (phase: RenderPhase) => void = () => undefined
): Promise<RenderedPdf> {
  await prepareFonts(fontsDir)
  const fit = fitterFor(fontsDir)
  const geometry = pageGeometry(options)
  const styles = createStyles(geometry)
  const frontPages = (document.cover ? 1 : 0) + (document.toc ? tocPageCount(document.parts.length, geometry) : 0)
  const starts = new Map<string, number>()

  onPhase('layout')
  const body = await renderToBuffer(
    <Document {...metadata(document)}>
      {document.parts.map((part) => (
        <Part
          key={part.id}
          part={part}
          geometry={geometry}
          styles={styles}
          meta={document.meta}
          numbering={{ offset: frontPages, extraTotal: 0 }}
          fit={fit}
          onStart={(page) => void (starts.has(part.id) || starts.set(part.id, page))}
        />
      ))}
    </Document>
  )
  const bodyPages = await pageCount(body)
  const contents = document.parts.map((part) => ({ id: part.id, title: part.title, page: frontPages + (starts.get(part.id) ?? 1) }))
  if (frontPages === 0) return { bytes: new Uint8Array(body), pages: bodyPages, contents }

  onPhase('contents')
  const front = await renderToBuffer(
    <Document {...metadata(document)}>
      {document.cover && <Cover meta={document.meta} geometry={geometry} styles={styles} />}
      {document.toc && (
        <TableOfContents entries={contents} geometry={geometry} styles={styles} meta={document.meta} numbering={{ offset: 0, extraTotal: bodyPages }} />
      )}
    </Document>
  )
  if ((await pageCount(front)) !== frontPages) throw new Error('The contents pages did not come out at the planned length.')

  onPhase('finishing')
  const joined = await PDFDocument.create({ updateMetadata: false })
  for (const bytes of [front, body]) {
    const source = await PDFDocument.load(bytes)
    for (const page of await joined.copyPages(source, source.getPageIndices())) joined.addPage(page)
  }
  const info = metadata(document)
  joined.setTitle(info.title, { showInWindowTitleBar: true })
  joined.setAuthor(info.author)
  joined.setSubject(info.subject)
  joined.setCreator(info.creator)
  joined.setProducer(info.producer)
  joined.setLanguage(info.language)
  const bytes = await joined.save()
  return { bytes, pages: frontPages + bodyPages, contents }
}
