import { Text, View } from '@react-pdf/renderer'
import { paginateTable } from '../../shared/export/paginate'
import type { PrintPart } from '../../shared/export/print-model'
import { PageFrame } from './PageFrame'
import type { PartProps } from './part-props'
import { CELL_FONT_SIZE, CELL_PADDING, PART_TITLE_HEIGHT, ROW_HEIGHT } from './theme'

type Props = PartProps<Extract<PrintPart, { type: 'table' }>>

/** A long table laid out page by page with fixed row heights, so cost grows linearly with rows. */
export function TablePart({ part, geometry, styles, fit }: Props) {
  const introRows = part.intro ? 1 : 0
  const firstRows = Math.floor((geometry.contentHeight - PART_TITLE_HEIGHT - 4) / ROW_HEIGHT) - 1 - introRows
  const otherRows = Math.floor(geometry.contentHeight / ROW_HEIGHT) - 1
  const pages = paginateTable(part.groups, firstRows, otherRows)
  const widths = part.columns.map((column) => column.width * geometry.contentWidth)
  return (
    <>
      {pages.map((page, pageIndex) => (
        <PageFrame key={pageIndex} geometry={geometry} styles={styles} {...(pageIndex === 0 ? { bookmark: part.title } : {})}>
          {pageIndex === 0 && (
            <>
              <Text style={styles.partTitle}>{part.title}</Text>
              {part.intro && <Text style={styles.intro}>{part.intro}</Text>}
            </>
          )}
          <View style={styles.tableHeadRow}>
            {part.columns.map((column, index) => (
              <Text key={index} style={[styles.tableHead, { width: widths[index] ?? 0, textAlign: column.align ?? 'left' }]}>{column.label}</Text>
            ))}
          </View>
          {page.groups.map((group, groupIndex) => (
            <View key={groupIndex}>
              {group.heading !== null && (
                <Text style={styles.groupHeading}>{group.continued ? `${group.heading} (continued)` : group.heading}</Text>
              )}
              {group.rows.map((row, rowIndex) => (
                <View key={rowIndex} style={styles.tableRow} wrap={false}>
                  {row.map((cell, index) => (
                    <Text key={index} style={[styles.tableCell, { width: widths[index] ?? 0, textAlign: part.columns[index]?.align ?? 'left' }]}>
                      {fit(cell, (widths[index] ?? 0) - CELL_PADDING, CELL_FONT_SIZE)}
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
