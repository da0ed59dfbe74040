import { Image, Page, Text, View } from '@react-pdf/renderer'
import type { PageGeometry } from '../../shared/export/options'
import type { PrintMeta } from '../../shared/export/print-model'
import { PageFrame } from './PageFrame'
import { markBreaks, type TextWrapper } from './text-wrap'
import { ACCENT, INK, MUTED, PART_TITLE_HEIGHT, RULE, type PdfStyles } from './theme'

export type TocEntry = { id: string; title: string; page: number }

const TOC_SIZE = 10.5
const TOC_LINE = 14
const TOC_PAD = 4
const NUMBER_WIDTH = 40

/** The contents laid out before the body is: each entry's title wrapped, and which entries go on which page. */
export type ContentsLayout = { lines: string[][]; pages: number[][] }

export function layoutContents(titles: readonly string[], geometry: PageGeometry, wrap: TextWrapper): ContentsLayout {
  const lines = titles.map((title) => wrap.wrap(title, geometry.contentWidth - NUMBER_WIDTH, TOC_SIZE))
  const pages: number[][] = []
  if (titles.length === 0) return { lines, pages }
  let page: number[] = []
  let room = geometry.contentHeight - PART_TITLE_HEIGHT
  lines.forEach((entry, index) => {
    const height = entry.length * TOC_LINE + TOC_PAD
    if (height > room && page.length > 0) {
      pages.push(page)
      page = []
      room = geometry.contentHeight
    }
    page.push(index)
    room -= height
  })
  pages.push(page)
  return { lines, pages }
}

/**
 * The title page: the document's title and subtitle, the cluster (once), the version and status,
 * the date and the authors, with the cluster's logo above. Long titles wrap (react-pdf breaks
 * them at spaces; markBreaks lets a long word break too).
 */
export function Cover({ meta, geometry, styles }: { meta: PrintMeta; geometry: PageGeometry; styles: PdfStyles }) {
  const edition = [meta.version, meta.status].filter(Boolean).join(' · ')
  return (
    <Page size={[geometry.width, geometry.height]} style={[styles.page, { justifyContent: 'center' }]}>
      {meta.logo && (
        // Bounded box, aspect ratio kept: any logo shape sits well above the title.
        <View style={{ height: 90, width: 220, marginBottom: 28, marginLeft: 22 }}>
          <Image src={{ data: Buffer.from(meta.logo.data), format: meta.logo.format === 'png' ? 'png' : 'jpg' }} style={{ objectFit: 'contain', objectPosition: 'left', height: 90, width: 220 }} />
        </View>
      )}
      <View style={{ borderLeftWidth: 4, borderLeftColor: ACCENT, paddingLeft: 18 }}>
        <Text style={{ fontSize: 11, color: MUTED, marginBottom: 10, lineHeight: 1.3 }} hyphenationPenalty={10_000}>{markBreaks(meta.clusterName)}</Text>
        <Text style={{ fontSize: 28, fontWeight: 'bold', lineHeight: 1.2 }} hyphenationPenalty={10_000}>{markBreaks(meta.title)}</Text>
        {meta.subtitle ? <Text style={{ fontSize: 15, marginTop: 10, lineHeight: 1.3 }} hyphenationPenalty={10_000}>{markBreaks(meta.subtitle)}</Text> : null}
        {edition ? <Text style={{ fontSize: 12, marginTop: 22, color: INK }}>{edition}</Text> : null}
        <Text style={{ fontSize: 11, marginTop: 6, color: MUTED }}>{meta.date}</Text>
        {meta.authors?.length ? (
          <View style={{ marginTop: 22 }}>
            {meta.authors.map((author, index) => (
              <Text key={index} style={{ fontSize: 10.5, lineHeight: 1.35, color: MUTED }} hyphenationPenalty={10_000}>{markBreaks(author)}</Text>
            ))}
          </View>
        ) : null}
      </View>
      <Text style={{ position: 'absolute', bottom: geometry.margin, left: geometry.margin, fontSize: 8, color: MUTED }}>
        Prepared with Cluster Workbench
      </Text>
    </Page>
  )
}

type TocProps = { entries: TocEntry[]; layout: ContentsLayout; geometry: PageGeometry; styles: PdfStyles }

/** The contents list; its page numbers come from where the body actually placed each part. */
export function TableOfContents({ entries, layout, geometry, styles }: TocProps) {
  return (
    <>
      {layout.pages.map((page, index) => (
        <PageFrame key={index} geometry={geometry} styles={styles}>
          {index === 0 && <Text style={[styles.partTitle, { height: PART_TITLE_HEIGHT, marginBottom: 0 }]}>Contents</Text>}
          {page.map((entryIndex) => (
            <View key={entryIndex} style={{ flexDirection: 'row', height: layout.lines[entryIndex]!.length * TOC_LINE + TOC_PAD, alignItems: 'flex-end', borderBottomWidth: 0.3, borderBottomColor: RULE, borderBottomStyle: 'dotted' }}>
              <Text style={{ flex: 1, fontSize: TOC_SIZE, lineHeight: TOC_LINE / TOC_SIZE }}>{layout.lines[entryIndex]!.join('\n')}</Text>
              <Text style={{ fontSize: TOC_SIZE, width: NUMBER_WIDTH, textAlign: 'right' }}>{entries[entryIndex]?.page}</Text>
            </View>
          ))}
        </PageFrame>
      ))}
    </>
  )
}
