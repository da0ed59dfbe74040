import { Page, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import type { PageGeometry } from '../../shared/export/options'
import type { PrintMeta } from '../../shared/export/print-model'
import type { PdfStyles } from './theme'

type Props = { geometry: PageGeometry; styles: PdfStyles; meta: PrintMeta; children: ReactNode; /** The outline entry for a part's first page. */ bookmark?: string }

/**
 * One page (or a run of pages, when its content wraps) with the running header. The "page x of y"
 * footer is drawn onto the finished document (page-numbers.ts), in the space the page's bottom
 * padding keeps for it: as a react-pdf render prop it made react-pdf lay every page out twice more
 * (a quarter of a long strategy's export time). A part's first page carries its bookmark: that is
 * how the contents learn where each part begins (react-pdf leaves it off the pages a run wraps onto).
 */
export function PageFrame({ geometry, styles, meta, children, bookmark }: Props) {
  return (
    <Page size={[geometry.width, geometry.height]} style={styles.page} {...(bookmark === undefined ? {} : { bookmark })}>
      <View style={styles.header} fixed>
        <Text style={{ maxLines: 1, textOverflow: 'ellipsis', flex: 1 }}>
          {meta.clusterName} · {meta.title}
        </Text>
        <Text>{meta.date}</Text>
      </View>
      {children}
    </Page>
  )
}
