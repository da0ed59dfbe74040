import { Canvas, Text, View } from '@react-pdf/renderer'
import { paginatePillarMap } from '../../shared/export/paginate'
import type { MapCard, MapColumn, PrintPart } from '../../shared/export/print-model'
import { MEMBER_STAGES, STAGE_LABELS, type MemberStage } from '../../shared/workspace/member'
import { PageFrame } from './PageFrame'
import type { PartProps } from './part-props'
import { PartTitle, partTitleLayout } from './PartTitle'
import type { TextWrapper } from './text-wrap'
import { MUTED, PILLAR_COLOURS, RULE, STAGE_FILL } from './theme'

const LEGEND_HEIGHT = 20
const GAP = 6
const RULE_WIDTH = 0.3
const SWATCH_BORDER = 0.7
const LANE_TINT = '#f4f6f9'
const HEAD_SIZE = 9.5
const COUNT_SIZE = 7.5
/** Card text sizes tried from the largest down: the largest at which the whole map fits one page wins; 7 pt flows onto more pages. */
const FONT_SIZES = [10, 9, 8, 7] as const
const LINE = 1.22

type Props = PartProps<Extract<PrintPart, { type: 'pillar-map' }>>

function Swatch({ stage, size }: { stage: MemberStage; size: number }) {
  const { fill, border } = STAGE_FILL[stage]
  return <View style={{ width: size, height: size, backgroundColor: fill, borderWidth: SWATCH_BORDER, borderColor: border, marginRight: 3 }} />
}

/** The part of react-pdf's canvas painter (pdfkit's drawing calls) used here. */
type Painter = { rect: (x: number, y: number, width: number, height: number) => Painter; fill: (colour: string) => Painter }
type Rect = [x: number, y: number, width: number, height: number]

/**
 * Paints a column's lane, its stage swatches and the rules between its cards as a few filled paths,
 * one per colour. As bordered views they cost far more: react-pdf draws every border side and
 * background inside save, clip and restore, about 13 clips a card and 4,000 on a dense page, which
 * every PDF viewer then replays one by one.
 */
function paintCardMarks(cards: readonly MapCard[], tops: readonly number[], heights: readonly number[], swatch: number, width: number, laneHeight: number, firstLine: number) {
  const swatchTop = (index: number) => tops[index]! + firstLine - swatch / 2
  const inner = swatch - 2 * SWATCH_BORDER
  return (painter: Painter) => {
    const fillRects = (colour: string, rects: Rect[]) => {
      if (rects.length === 0) return
      for (const rect of rects) painter.rect(...rect)
      painter.fill(colour)
    }
    fillRects(LANE_TINT, [[0, 0, width, laneHeight]])
    fillRects(RULE, cards.map((_, index): Rect => [0, tops[index]! + heights[index]! - RULE_WIDTH, width, RULE_WIDTH]))
    // Each swatch is a square of its border colour with its fill inside, as a bordered view was.
    for (const border of new Set(MEMBER_STAGES.map((stage) => STAGE_FILL[stage].border))) {
      fillRects(border, cards.flatMap((card, index): Rect[] => (STAGE_FILL[card.stage].border === border ? [[3, swatchTop(index), swatch, swatch]] : [])))
    }
    for (const stage of MEMBER_STAGES) {
      const { fill, border } = STAGE_FILL[stage]
      if (fill === border) continue
      fillRects(fill, cards.flatMap((card, index): Rect[] => (card.stage === stage ? [[3 + SWATCH_BORDER, swatchTop(index) + SWATCH_BORDER, inner, inner]] : [])))
    }
    return null
  }
}

/**
 * Five columns sized to their content: each wants the width of its longest name (within bounds),
 * more when it holds more cards (its text takes more room either way), and the page's width is
 * shared in proportion, so a long pillar of long university names gets the most room.
 */
function columnWidths(columns: readonly MapColumn[], total: number, fontSize: number, wrap: TextWrapper): number[] {
  const least = total * 0.13
  const most = total * 0.32
  const fullest = Math.max(1, ...columns.map((column) => column.cards.length))
  const wants = columns.map((column) => {
    const heading = Math.max(...column.label.split(' ').map((word) => wrap.measure(word, true) * HEAD_SIZE)) + 8
    const longest = Math.max(0, ...column.cards.map((card) => wrap.measure(card.name) * fontSize)) + fontSize + 12
    return Math.min(most, Math.max(least, heading, longest * (0.7 + 0.3 * (column.cards.length / fullest))))
  })
  const sum = wants.reduce((a, b) => a + b, 0)
  return wants.map((want) => (want / sum) * total)
}

type Layout = { fontSize: number; lines: string[][][]; heights: number[][]; padding: number }

/** The largest card text at which every column fits one page, or the smallest, flowing onto further pages. */
function chooseLayout(columns: readonly MapColumn[], widths: readonly number[], available: number, wrap: TextWrapper): Layout {
  let layout: Layout | null = null
  for (const fontSize of FONT_SIZES) {
    const padding = fontSize * 0.5
    const lines = columns.map((column, index) => column.cards.map((card) => wrap.wrap(card.name, widths[index]! - fontSize - 10, fontSize)))
    const heights = lines.map((column) => column.map((card) => card.length * fontSize * LINE + padding))
    layout = { fontSize, lines, heights, padding }
    if (Math.max(0, ...heights.map((column) => column.reduce((a, b) => a + b, 0))) <= available) break
  }
  return layout!
}

/**
 * The five pillars side by side as a figure, in vector shapes and text: every member's full name,
 * wrapped; columns sized to their content; lanes running the page's height. A large map (1,000
 * members) flows onto further pages, each with the legend and the column headings again.
 */
export function PillarMapPart({ part, geometry, styles, wrap }: Props) {
  const total = geometry.contentWidth - GAP * (part.columns.length - 1)
  const title = partTitleLayout(part.title, { geometry, wrap })
  const widths = columnWidths(part.columns, total, 9, wrap)
  const headLines = part.columns.map((column, index) => wrap.wrap(column.label, widths[index]! - 4, HEAD_SIZE, true))
  const countLines = part.columns.map((column, index) => wrap.wrap(`${column.all} members · ${column.committed} committed`, widths[index]! - 4, COUNT_SIZE))
  const headHeight = 8 + Math.max(...headLines.map((lines, index) => lines.length * HEAD_SIZE * 1.25 + countLines[index]!.length * COUNT_SIZE * 1.3))
  const available = geometry.contentHeight - title.height - LEGEND_HEIGHT - headHeight - 2 // 2 pt spare against rounding
  const fits = chooseLayout(part.columns, widths, available, wrap)
  const height = (column: number, card: number) => fits.heights[column]![card]!
  const pages = paginatePillarMap(part.columns, height, available)
  // A sparse map spreads its cards (up to a line's worth more each) so the fullest lane reaches the page's foot.
  const room = Math.min(...fits.heights.map((column) => (available - column.reduce((sum, h) => sum + h, 0)) / Math.max(1, column.length)))
  const spread = pages.length > 1 ? 0 : Math.min(fits.fontSize * 1.4, Math.max(0, room))
  const { fontSize } = fits
  const swatch = fontSize * 0.75
  return (
    <>
      {pages.map((page, pageIndex) => (
        <PageFrame key={pageIndex} geometry={geometry} styles={styles} {...(pageIndex === 0 ? { bookmark: part.title } : {})}>
          <PartTitle lines={pageIndex === 0 ? title.lines : wrap.wrap(`${part.title} (continued, ${pageIndex + 1} of ${pages.length})`, geometry.contentWidth, 18, true)} styles={styles} />
          <View style={{ flexDirection: 'row', height: LEGEND_HEIGHT, alignItems: 'center' }}>
            {MEMBER_STAGES.map((stage) => (
              <View key={stage} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 12 }}>
                <Swatch stage={stage} size={7} />
                <Text style={{ fontSize: 8, color: MUTED }}>{STAGE_LABELS[stage]}</Text>
              </View>
            ))}
          </View>
          <View style={{ flexDirection: 'row' }}>
            {page.columns.map(({ column, cards, first }, columnIndex) => {
              const width = widths[columnIndex]!
              const heights = cards.map((_, index) => height(columnIndex, first + index) + spread)
              const tops = heights.map((_, index) => heights.slice(0, index).reduce((a, b) => a + b, 0))
              const laneHeight = pageIndex === pages.length - 1 && pages.length > 1 ? tops.length ? tops[tops.length - 1]! + heights[heights.length - 1]! : 0 : available
              return (
                <View key={column.placement} style={{ width, marginLeft: columnIndex ? GAP : 0 }}>
                  <View style={{ height: headHeight, borderTopWidth: 3, borderTopColor: PILLAR_COLOURS[column.placement], paddingTop: 3, paddingLeft: 3 }}>
                    <Text style={{ fontSize: HEAD_SIZE, fontWeight: 'bold', lineHeight: 1.25 }}>{headLines[columnIndex]!.join('\n')}</Text>
                    <Text style={{ fontSize: COUNT_SIZE, color: MUTED, lineHeight: 1.3 }}>{countLines[columnIndex]!.join('\n')}</Text>
                  </View>
                  <View>
                    <Canvas style={{ position: 'absolute', top: 0, left: 0, width, height: Math.max(1, laneHeight) }} paint={paintCardMarks(cards, tops, heights, swatch, width, laneHeight, fits.padding / 2 + (spread / 2) + fontSize * LINE * 0.55)} />
                    {cards.map((_, index) => (
                      <View key={index} style={{ height: heights[index], paddingTop: fits.padding / 2 + spread / 2, paddingLeft: swatch + 7, paddingRight: 3 }}>
                        <Text style={{ fontSize, lineHeight: LINE }}>{fits.lines[columnIndex]![first + index]!.join('\n')}</Text>
                      </View>
                    ))}
                    {column.cards.length === 0 && pageIndex === 0 && <Text style={{ fontSize: 8, color: MUTED, fontStyle: 'italic', paddingLeft: 3, paddingTop: 3 }}>No members yet</Text>}
                  </View>
                </View>
              )
            })}
          </View>
        </PageFrame>
      ))}
    </>
  )
}
