import { Image, Page, Text, View } from '@react-pdf/renderer'
import type { PageGeometry } from '../../shared/export/options'
import type { PrintMeta } from '../../shared/export/print-model'
import { PageFrame } from './PageFrame'
import { ACCENT, MUTED, PART_TITLE_HEIGHT, RULE, TOC_ENTRY_HEIGHT, type PdfStyles } from './theme'

export type TocEntry = { id: string; title: string; page: number }

/** How many contents pages `entries` lines need; each entry is one fixed-height line. */
export function tocPageCount(entries: number, geometry: PageGeometry): number {
  if (entries === 0) return 0
  const first = Math.floor((geometry.contentHeight - PART_TITLE_HEIGHT) / TOC_ENTRY_HEIGHT)
  const rest = Math.floor(geometry.contentHeight / TOC_ENTRY_HEIGHT)
  return entries <= first ? 1 : 1 + Math.ceil((entries - first) / rest)
}

export function Cover({ meta, geometry, styles }: { meta: PrintMeta; geometry: PageGeometry; styles: PdfStyles }) {
  return (
    <Page size={[geometry.width, geometry.height]} style={[styles.page, { justifyContent: 'center' }]}>
      {meta.logo && (
        // Bounded box, aspect ratio kept: any logo shape sits well above the title.
        <View style={{ height: 90, width: 220, marginBottom: 28, marginLeft: 22 }}>
          <Image src={{ data: Buffer.from(meta.logo.data), format: meta.logo.format === 'png' ? 'png' : 'jpg' }} style={{ objectFit: 'contain', objectPosition: 'left', height: 90, width: 220 }} />
        </View>
      )}
      <View style={{ borderLeftWidth: 4, borderLeftColor: ACCENT, paddingLeft: 18 }}>
        <Text style={{ fontSize: 30, fontWeight: 'bold', lineHeight: 1.2 }}>{meta.clusterName}</Text>
        <Text style={{ fontSize: 18, marginTop: 10 }}>{meta.title}</Text>
        {meta.version && <Text style={{ fontSize: 12, marginTop: 14, color: MUTED }}>{meta.version}</Text>}
        <Text style={{ fontSize: 11, marginTop: 6, color: MUTED }}>{meta.date}</Text>
      </View>
      <Text style={{ position: 'absolute', bottom: geometry.margin, left: geometry.margin, fontSize: 8, color: MUTED }}>
        Prepared with Cluster Workbench
      </Text>
    </Page>
  )
}

type TocProps = { entries: TocEntry[]; geometry: PageGeometry; styles: PdfStyles }

/** The contents list; its page numbers come from where the body actually placed each part. */
export function TableOfContents({ entries, geometry, styles }: TocProps) {
  const first = Math.floor((geometry.contentHeight - PART_TITLE_HEIGHT) / TOC_ENTRY_HEIGHT)
  const rest = Math.floor(geometry.contentHeight / TOC_ENTRY_HEIGHT)
  const pages: TocEntry[][] = [entries.slice(0, first)]
  for (let at = first; at < entries.length; at += rest) pages.push(entries.slice(at, at + rest))
  return (
    <>
      {pages.map((page, index) => (
        <PageFrame key={index} geometry={geometry} styles={styles}>
          {index === 0 && <Text style={styles.partTitle}>Contents</Text>}
          {page.map((entry) => (
            <View key={entry.id} style={{ flexDirection: 'row', height: TOC_ENTRY_HEIGHT, alignItems: 'flex-end', borderBottomWidth: 0.3, borderBottomColor: RULE, borderBottomStyle: 'dotted' }}>
              <Text style={{ flex: 1, fontSize: 10.5, maxLines: 1, textOverflow: 'ellipsis' }}>{entry.title}</Text>
              <Text style={{ fontSize: 10.5, width: 40, textAlign: 'right' }}>{entry.page}</Text>
            </View>
          ))}
        </PageFrame>
      ))}
    </>
  )
}
