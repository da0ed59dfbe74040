import { Page, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import type { PageGeometry } from '../../shared/export/options'
import type { PrintMeta } from '../../shared/export/print-model'
import type { PdfStyles } from './theme'

export type PageNumbering = { offset: number; extraTotal: number }

type Props = { geometry: PageGeometry; styles: PdfStyles; meta: PrintMeta; numbering: PageNumbering; children: ReactNode }

/**
 * One page (or a run of pages, when its content wraps) with the running header and the
 * "page x of y" footer. Numbers count the whole document: `offset` pages come before this
 * rendering, and `extraTotal` pages are added to its total.
 */
/**
 * Calls `onPage` with the page it lands on while react-pdf lays out the document, and draws
 * nothing; this is how the contents learn where each part begins. (A render prop on a View:
 * on a Text it would interfere with the text's own layout.)
 */
export function PageMarker({ onPage }: { onPage: (pageNumber: number) => void }) {
  return (
    <View
      render={({ pageNumber }) => {
        onPage(pageNumber)
        return null
      }}
    />
  )
}

export function PageFrame({ geometry, styles, meta, numbering, children }: Props) {
  return (
    <Page size={[geometry.width, geometry.height]} style={styles.page}>
      <View style={styles.header} fixed>
        <Text style={{ maxLines: 1, textOverflow: 'ellipsis', flex: 1 }}>
          {meta.clusterName} · {meta.title}
        </Text>
        <Text>{meta.date}</Text>
      </View>
      {children}
      <Text
        style={styles.footer}
        fixed
        render={({ pageNumber, totalPages }) =>
          `Page ${pageNumber + numbering.offset} of ${totalPages + numbering.offset + numbering.extraTotal}`
        }
      />
    </Page>
  )
}
