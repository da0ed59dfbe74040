import { Text, View } from '@react-pdf/renderer'
import { paginateTable, rowHeight, type TableMetrics, type WrappedRow } from '../../shared/export/paginate'
import type { PrintPart } from '../../shared/export/print-model'
import { PageFrame } from './PageFrame'
import type { PartProps } from './part-props'
import { PartTitle, partTitleLayout } from './PartTitle'
import { CELL_FONT_SIZE, CELL_LINE_HEIGHT, CELL_PADDING, HEAD_FONT_SIZE, INTRO_FONT_SIZE, INTRO_LINE_HEIGHT, ROW_HEIGHT, ROW_PADDING } from './theme'

type Props = PartProps<Extract<PrintPart, { type: 'table' }>>

/**
 * A long table laid out page by page: every cell is wrapped to its column first, so each row's
 * height is known, nothing is shortened, and cost grows linearly with rows. The column headings
 * are repeated at the top of every page the table runs onto.
 */
export function TablePart({ part, geometry, styles, wrap }: Props) {
  const widths = part.columns.map((column) => column.width * geometry.contentWidth)
  const cellLines = (row: readonly string[], fontSize: number, bold = false): WrappedRow =>
    row.map((cell, index) => wrap.wrap(cell, (widths[index] ?? 0) - CELL_PADDING, fontSize, bold))
  const title = partTitleLayout(part.title, { geometry, wrap })
  const intro = part.intro ? wrap.wrap(part.intro, geometry.contentWidth, INTRO_FONT_SIZE) : []
  const introHeight = intro.length ? intro.length * INTRO_LINE_HEIGHT + 6 : 0
  const head = cellLines(part.columns.map((column) => column.label), HEAD_FONT_SIZE, true)
  const headHeight = rowHeight(head, { lineHeight: CELL_LINE_HEIGHT, rowPadding: ROW_PADDING }) + 1
  const metrics: TableMetrics = {
    lineHeight: CELL_LINE_HEIGHT,
    rowPadding: ROW_PADDING,
    headingHeight: ROW_HEIGHT,
    firstPage: geometry.contentHeight - title.height - introHeight - headHeight,
    otherPages: geometry.contentHeight - headHeight
  }
  const groups = part.groups.map((group) => ({ heading: group.heading, rows: group.rows.map((row) => cellLines(row, CELL_FONT_SIZE)) }))
  const pages = paginateTable(groups, metrics)
  const align = (index: number) => part.columns[index]?.align ?? 'left'
  return (
    <>
      {pages.map((page, pageIndex) => (
        <PageFrame key={pageIndex} geometry={geometry} styles={styles} {...(pageIndex === 0 ? { bookmark: part.title } : {})}>
          {pageIndex === 0 && (
            <>
              <PartTitle lines={title.lines} styles={styles} />
              {intro.length > 0 && <Text style={[styles.intro, { height: introHeight }]}>{intro.join('\n')}</Text>}
            </>
          )}
          <View style={[styles.tableHeadRow, { height: headHeight }]}>
            {head.map((lines, index) => (
              <Text key={index} style={[styles.tableHead, { width: widths[index] ?? 0, textAlign: align(index) }]}>{lines.join('\n')}</Text>
            ))}
          </View>
          {page.groups.map((group, groupIndex) => (
            <View key={groupIndex}>
              {group.heading !== null && (
                <Text style={styles.groupHeading}>{group.continued ? `${group.heading} (continued)` : group.heading}</Text>
              )}
              {group.rows.map((row, rowIndex) => (
                <View key={rowIndex} style={[styles.tableRow, { height: rowHeight(row, metrics) }]} wrap={false}>
                  {row.map((lines, index) => (
                    <Text key={index} style={[styles.tableCell, { width: widths[index] ?? 0, textAlign: align(index) }]}>
                      {lines.join('\n')}
                    </Text>
                  ))}
                </View>
              ))}
            </View>
          ))}
        </PageFrame>
      ))}
    </>
  )
}
