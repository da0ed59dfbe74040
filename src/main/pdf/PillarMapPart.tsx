import { Canvas, Text, View } from '@react-pdf/renderer'
import { paginatePillarMap } from '../../shared/export/paginate'
import type { MapCard, PrintPart } from '../../shared/export/print-model'
import { MEMBER_STAGES, STAGE_LABELS, type MemberStage } from '../../shared/workspace/member'
import type { TextFitter } from './font-metrics'
import { PageFrame } from './PageFrame'
import type { PartProps } from './part-props'
import { MUTED, PART_TITLE_HEIGHT, PILLAR_COLOURS, RULE, STAGE_FILL } from './theme'

const LEGEND_HEIGHT = 20
const COLUMN_HEAD_HEIGHT = 34
const GAP = 6
const RULE_WIDTH = 0.3
const SWATCH_BORDER = 0.7

type Props = PartProps<Extract<PrintPart, { type: 'pillar-map' }>>

function Swatch({ stage, size }: { stage: MemberStage; size: number }) {
  const { fill, border } = STAGE_FILL[stage]
  return <View style={{ width: size, height: size, backgroundColor: fill, borderWidth: SWATCH_BORDER, borderColor: border, marginRight: 3 }} />
}

type CardProps = { card: MapCard; height: number; fontSize: number; swatch: number; width: number; fit: TextFitter }

/** A card's name; its swatch and the rule under it are painted with the column's (paintCardMarks). */
function Card({ card, height, fontSize, swatch, width, fit }: CardProps) {
  return (
    <View style={{ justifyContent: 'center', height, paddingLeft: swatch + 3, paddingBottom: RULE_WIDTH }}>
      <Text style={{ fontSize, maxLines: 1 }}>{fit(card.name, width - swatch - 4, fontSize)}</Text>
    </View>
  )
}

/** The part of react-pdf's canvas painter (pdfkit's drawing calls) used here. */
type Painter = { rect: (x: number, y: number, width: number, height: number) => Painter; fill: (colour: string) => Painter }
type Rect = [x: number, y: number, width: number, height: number]

/**
 * Paints a column's stage swatches and the rules between its cards as a few filled paths, one per
 * colour. As bordered views they cost far more: react-pdf draws every border side and background
 * inside save, clip and restore, about 13 clips a card and 4,000 on a dense page, which every PDF
 * viewer then replays one by one (the app's preview spent most of a second drawing such a page).
 */
function paintCardMarks(cards: readonly MapCard[], cardHeight: number, swatch: number, width: number) {
  const swatchTop = (index: number) => index * cardHeight + (cardHeight - RULE_WIDTH - swatch) / 2
  const inner = swatch - 2 * SWATCH_BORDER
  return (painter: Painter) => {
    const fillRects = (colour: string, rects: Rect[]) => {
      if (rects.length === 0) return
      for (const rect of rects) painter.rect(...rect)
      painter.fill(colour)
    }
    fillRects(RULE, cards.map((_, index): Rect => [0, (index + 1) * cardHeight - RULE_WIDTH, width, RULE_WIDTH]))
    // Each swatch is a square of its border colour with its fill inside, as a bordered view was.
    for (const border of new Set(MEMBER_STAGES.map((stage) => STAGE_FILL[stage].border))) {
      fillRects(border, cards.flatMap((card, index): Rect[] => (STAGE_FILL[card.stage].border === border ? [[0, swatchTop(index), swatch, swatch]] : [])))
    }
    for (const stage of MEMBER_STAGES) {
      const { fill, border } = STAGE_FILL[stage]
      if (fill === border) continue
      fillRects(fill, cards.flatMap((card, index): Rect[] => (card.stage === stage ? [[SWATCH_BORDER, swatchTop(index) + SWATCH_BORDER, inner, inner]] : [])))
    }
    return null
  }
}

/**
 * The five pillars side by side, as vector shapes and text. Cards have a fixed height, so a
 * large map (1,000 members) flows onto further pages predictably; dense maps use smaller cards.
 */
export function PillarMapPart({ part, geometry, styles, fit }: Props) {
  const available = geometry.contentHeight - PART_TITLE_HEIGHT - LEGEND_HEIGHT - COLUMN_HEAD_HEIGHT
  const fullest = Math.max(1, ...part.columns.map((column) => column.cards.length))
  const dense = fullest > Math.floor(available / 15)
  const cardHeight = dense ? 10.5 : 15
  const fontSize = dense ? 6.8 : 8.5
  const swatch = fontSize * 0.75
  const pages = paginatePillarMap(part.columns, Math.floor(available / cardHeight))
  const columnWidth = (geometry.contentWidth - GAP * (part.columns.length - 1)) / part.columns.length
  return (
    <>
      {pages.map((page, pageIndex) => (
        <PageFrame key={pageIndex} geometry={geometry} styles={styles} {...(pageIndex === 0 ? { bookmark: part.title } : {})}>
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
                <View>
                  {cards.length > 0 && <Canvas style={{ position: 'absolute', top: 0, left: 0, width: columnWidth, height: cards.length * cardHeight }} paint={paintCardMarks(cards, cardHeight, swatch, columnWidth)} />}
                  {cards.map((card, index) => (
                    <Card key={index} card={card} height={cardHeight} fontSize={fontSize} swatch={swatch} width={columnWidth} fit={fit} />
                  ))}
                </View>
                {column.cards.length === 0 && pageIndex === 0 && <Text style={{ fontSize: 8, color: MUTED, fontStyle: 'italic' }}>No members yet</Text>}
              </View>
            ))}
          </View>
        </PageFrame>
      ))}
    </>
  )
}
