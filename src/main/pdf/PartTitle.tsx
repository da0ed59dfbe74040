import { Text } from '@react-pdf/renderer'
import type { PartProps } from './part-props'
import { PART_TITLE_SIZE, type PdfStyles } from './theme'

const LINE = PART_TITLE_SIZE * 1.25
const SPACE_BELOW = 12

/** A part's title, wrapped to the page's width, and the height it takes (for parts that lay their pages out themselves). */
export function partTitleLayout(title: string, { geometry, wrap }: Pick<PartProps, 'geometry' | 'wrap'>) {
  const lines = wrap.wrap(title, geometry.contentWidth, PART_TITLE_SIZE, true)
  return { lines, height: lines.length * LINE + SPACE_BELOW }
}

export function PartTitle({ lines, styles }: { lines: string[]; styles: PdfStyles }) {
  return <Text style={[styles.partTitle, { lineHeight: LINE / PART_TITLE_SIZE, height: lines.length * LINE + SPACE_BELOW, marginBottom: 0 }]}>{lines.join('\n')}</Text>
}
