import { Page } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import type { PageGeometry } from '../../shared/export/options'
import type { PdfStyles } from './theme'

type Props = { geometry: PageGeometry; styles: PdfStyles; children: ReactNode; /** The outline entry for a part's first page. */ bookmark?: string }

/**
 * One page (or a run of pages, when its content wraps) of the document's body or contents. Its
 * padding keeps bands free above and below for the running header and the "page x of y" footer,
 * which are drawn onto the finished document (page-decorations.ts): laid out by react-pdf, the
 * fixed header was laid out again on every page and the page-number render prop made it lay every
 * page out twice more (together, a third of a long strategy's export time). A part's first page
 * carries its bookmark: that is how the contents learn where each part begins (react-pdf leaves it
 * off the pages a run wraps onto).
 */
export function PageFrame({ geometry, styles, children, bookmark }: Props) {
  return (
    <Page size={[geometry.width, geometry.height]} style={styles.page} {...(bookmark === undefined ? {} : { bookmark })}>
      {children}
    </Page>
  )
}
