import { Text, View } from '@react-pdf/renderer'
import { paginatePillarMap } from '../../shared/export/paginate'
import type { MapCard, PrintPart } from '../../shared/export/print-model'
import { MEMBER_STAGES, STAGE_LABELS, type MemberStage } from '../../shared/workspace/member'
import type { TextFitter } from './font-metrics'
import { PageFrame, PageMarker } from './PageFrame'
import type { PartProps } from './part-props'
import { MUTED, PART_TITLE_HEIGHT, PILLAR_COLOURS, RULE, STAGE_FILL } from './theme'

const LEGEND_HEIGHT = 20
const COLUMN_HEAD_HEIGHT = 34
const GAP = 6

type Props = PartProps<Extract<PrintPart, { type: 'pillar-map' }>>

function Swatch({ stage, size }: { stage: MemberStage; size: number }) {
  const { fill, border } = STAGE_FILL[stage]
  return <View style={{ width: size, height: size, backgroundColor: fill, borderWidth: 0.7, borderColor: border, marginRight: 3 }} />
}

function Card({ card, height, fontSize, width, fit }: { card: MapCard; height: number; fontSize: number; width: number; fit: TextFitter }) {
  const swatch = fontSize * 0.75
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', height, borderBottomWidth: 0.3, borderBottomColor: RULE }}>
      <Swatch stage={card.stage} size={swatch} />
      <Text style={{ fontSize, maxLines: 1 }}>{fit(card.name, width - swatch - 4, fontSize)}</Text>
    </View>
  )
}

/**
 * The five pillars side by side, as vector shapes and text. Cards have a fixed height, so a
 * large map (1,000 members) flows onto further pages predictably; dense maps use smaller cards.
 */
export function PillarMapPart({ part, geometry, styles, meta, numbering, onStart, fit }: Props) {
  const available = geometry.contentHeight - PART_TITLE_HEIGHT - LEGEND_HEIGHT - COLUMN_HEAD_HEIGHT
  const fullest = Math.max(1, ...part.columns.map((column) => column.cards.length))
  const dense = fullest > Math.floor(available / 15)
  const cardHeight = dense ? 10.5 : 15
  const fontSize = dense ? 6.8 : 8.5
  const pages = paginatePillarMap(part.columns, Math.floor(available / cardHeight))
  const columnWidth = (geometry.contentWidth - GAP * (part.columns.length - 1)) / part.columns.length
  return (
    <>
      {pages.map((page, pageIndex) => (
        <PageFrame key={pageIndex} geometry={geometry} styles={styles} meta={meta} numbering={numbering}>
          {pageIndex === 0 && <PageMarker onPage={onStart} />}
          <Text style={styles.partTitle}>{pageIndex === 0 ? part.title : `${part.title} (continued, ${pageIndex + 1} of ${pages.length})`}</Text>
          <View style={{ flexDirection: 'row', height: LEGEND_HEIGHT, alignItems: 'center' }}>
            {MEMBER_STAGES.map((stage) => (
              <View key={stage} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 12 }}>
                <Swatch stage={stage} size={7} />
                <Text style={{ fontSize: 8, color: MUTED }}>{STAGE_LABELS[stage]}</Text>
              </View>
            ))}
          </View>
          <View style={{ flexDirection: 'row' }}>
            {page.columns.map(({ column, cards }, columnIndex) => (
              <View key={column.placement} style={{ width: columnWidth, marginLeft: columnIndex ? GAP : 0 }}>
                <View style={{ height: COLUMN_HEAD_HEIGHT, borderTopWidth: 3, borderTopColor: PILLAR_COLOURS[column.placement], paddingTop: 3 }}>
                  <Text style={{ fontSize: 9.5, fontWeight: 'bold', maxLines: 1 }}>{fit(column.label, columnWidth - 6, 9.5)}</Text>
                  <Text style={{ fontSize: 7.5, color: MUTED, maxLines: 1 }}>
                    {fit(`${column.all} members · ${column.committed} committed`, columnWidth, 7.5)}
                  </Text>
                </View>
                {cards.map((card, index) => (
                  <Card key={index} card={card} height={cardHeight} fontSize={fontSize} width={columnWidth} fit={fit} />
                ))}
                {column.cards.length === 0 && pageIndex === 0 && <Text style={{ fontSize: 8, color: MUTED, fontStyle: 'italic' }}>No members yet</Text>}
              </View>
            ))}
          </View>
        </PageFrame>
      ))}
    </>
  )
}
