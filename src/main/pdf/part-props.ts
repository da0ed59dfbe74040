import type { PageGeometry } from '../../shared/export/options'
import type { PrintPart } from '../../shared/export/print-model'
import type { TextWrapper } from './text-wrap'
import type { PdfStyles } from './theme'

/** What every part of a printed document is drawn with. */
export type PartProps<P extends PrintPart = PrintPart> = {
  part: P
  geometry: PageGeometry
  styles: PdfStyles
  wrap: TextWrapper
}
