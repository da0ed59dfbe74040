import { StyleSheet } from '@react-pdf/renderer'
import { FOOTER_HEIGHT, HEADER_HEIGHT, type PageGeometry } from '../../shared/export/options'
import type { Placement } from '../../shared/pillars'
import type { MemberStage } from '../../shared/workspace/member'
import { FONT_FAMILY } from './fonts'

/** Print colours: dark enough for grey-scale printers, distinct for the five pillars. */
export const INK = '#1d2430'
export const MUTED = '#5b6575'
export const RULE = '#c9d0da'
export const ACCENT = '#1f5fae'

export const PILLAR_COLOURS: Record<Placement, string> = {
  industry: '#1f5fae',
  entrepreneurs: '#b4530c',
  government: '#5b3f9e',
  academia: '#17735f',
  investors: '#9c2f5c',
  unassigned: '#5b6575'
}

/** Stage swatches go from empty to full, so they read in black and white too. */
export const STAGE_FILL: Record<MemberStage, { fill: string; border: string }> = {
  committed: { fill: INK, border: INK },
  'letter-of-support': { fill: '#7d8794', border: INK },
  'in-talks': { fill: '#d9dee5', border: INK },
  prospect: { fill: '#ffffff', border: MUTED }
}

/** Body text, in points. */
export const BODY_FONT_SIZE = 10.5

/** Fixed heights that pagination relies on (points). */
export const ROW_HEIGHT = 15
export const PART_TITLE_HEIGHT = 34
export const CELL_FONT_SIZE = 8
export const HEAD_FONT_SIZE = 8.5
/** Wrapped table cells: line to line, and the space above and below a row's text. */
export const CELL_LINE_HEIGHT = 10.4
export const ROW_PADDING = 5
/** Room kept at the right of every cell. */
export const CELL_PADDING = 5
export const INTRO_FONT_SIZE = 9.5
export const INTRO_LINE_HEIGHT = 13
export const PART_TITLE_SIZE = 18

export function createStyles(geometry: PageGeometry) {
  return StyleSheet.create({
    page: {
      fontFamily: FONT_FAMILY,
      // No lineHeight here: react-pdf resolves it against the page's font size and passes it down as
      // an absolute height, which makes text in small fixed-height rows vanish.
      fontSize: BODY_FONT_SIZE,
      color: INK,
      paddingTop: geometry.margin + HEADER_HEIGHT,
      paddingBottom: geometry.margin + FOOTER_HEIGHT,
      paddingHorizontal: geometry.margin
    },
    partTitle: { fontSize: PART_TITLE_SIZE, fontWeight: 'bold', color: INK, lineHeight: 1.25, marginBottom: 10 },
    sectionTitle: { fontSize: 15, fontWeight: 'bold', color: INK, lineHeight: 1.25, marginTop: 16, marginBottom: 6 },
    intro: { fontSize: INTRO_FONT_SIZE, color: MUTED, lineHeight: INTRO_LINE_HEIGHT / INTRO_FONT_SIZE },
    h1: { fontSize: 15, fontWeight: 'bold', marginTop: 10, marginBottom: 4, lineHeight: 1.3 },
    h2: { fontSize: 12.5, fontWeight: 'bold', marginTop: 8, marginBottom: 3, lineHeight: 1.3 },
    h3: { fontSize: 11, fontWeight: 'bold', marginTop: 6, marginBottom: 2, lineHeight: 1.3 },
    // Text with a line height names its font size too: react-pdf multiplies a unitless lineHeight by
    // the element's own fontSize, or by its default of 18 when it has none (not the inherited size),
    // which set body text 26 pt apart instead of 15.
    paragraph: { fontSize: BODY_FONT_SIZE, marginBottom: 6, lineHeight: 1.45 },
    quote: { borderLeftWidth: 2, borderLeftColor: RULE, paddingLeft: 8, color: MUTED, marginBottom: 6 },
    listText: { fontSize: BODY_FONT_SIZE, lineHeight: 1.45 },
    code: { fontSize: 9, backgroundColor: '#f1f3f6', padding: 6, marginBottom: 6 },
    listItem: { flexDirection: 'row', marginBottom: 2 },
    bullet: { width: 14, fontSize: BODY_FONT_SIZE, lineHeight: 1.45 },
    listBody: { flex: 1 },
    rule: { borderBottomWidth: 0.5, borderBottomColor: RULE, marginVertical: 8 },
    link: { color: ACCENT, textDecoration: 'underline' },
    // Rows and cells get their heights from the wrapped lines (TablePart.tsx); the text sits at the top.
    tableRow: { flexDirection: 'row', paddingTop: ROW_PADDING / 2, borderBottomWidth: 0.3, borderBottomColor: RULE },
    tableHeadRow: { flexDirection: 'row', alignItems: 'flex-end', paddingBottom: ROW_PADDING / 2, borderBottomWidth: 0.8, borderBottomColor: INK },
    tableCell: { fontSize: CELL_FONT_SIZE, lineHeight: CELL_LINE_HEIGHT / CELL_FONT_SIZE, paddingRight: CELL_PADDING },
    tableHead: { fontSize: HEAD_FONT_SIZE, lineHeight: CELL_LINE_HEIGHT / HEAD_FONT_SIZE, fontWeight: 'bold', paddingRight: CELL_PADDING },
    groupHeading: { height: ROW_HEIGHT, fontSize: 9.5, fontWeight: 'bold', paddingTop: 1 },
    smallTable: { marginBottom: 8, borderTopWidth: 0.5, borderTopColor: RULE },
    smallRow: { flexDirection: 'row', borderBottomWidth: 0.3, borderBottomColor: RULE, paddingVertical: 2 },
    smallCell: { flex: 1, fontSize: 9, paddingRight: 4 }
  })
}

export type PdfStyles = ReturnType<typeof createStyles>
