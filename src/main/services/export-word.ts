import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import type { Block, Inline } from '../../shared/document/model'
import { safeHref } from '../../shared/document/safe-url'
import type { Figure } from '../../shared/export/figures'
import { sectionHeading, type MapColumn, type PrintDocument, type PrintMeta, type PrintPart, type TableColumn } from '../../shared/export/print-model'
import { MEMBER_STAGES, STAGE_LABELS } from '../../shared/workspace/member'

/**
 * The strategy or dossier as a Word document, for partners who edit in Word or LibreOffice:
 * Word's own Title, Heading 1–3 and list styles (so the navigation pane and a regenerated table of
 * contents work), real tables with their header row repeated on every page, numbered lists and
 * references. Figures are native tables of the same numbers the PDF draws, which stay editable.
 */
type Style = { bold?: boolean; italics?: boolean; strike?: boolean; code?: boolean }

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const
const heading = (depth: number) => HEADINGS[Math.min(Math.max(depth, 1), HEADINGS.length) - 1]!

function runs(nodes: readonly Inline[], style: Style = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    const text = (value: string) => new TextRun({ text: value, bold: style.bold, italics: style.italics, strike: style.strike, ...(style.code ? { font: 'Consolas' } : {}) })
    switch (node.type) {
      case 'text':
        return [text(node.value)]
      case 'strong':
        return runs(node.children, { ...style, bold: true })
      case 'emphasis':
        return runs(node.children, { ...style, italics: true })
      case 'delete':
        return runs(node.children, { ...style, strike: true })
      case 'code':
        return runs([{ type: 'text', value: node.value }], { ...style, code: true })
      case 'link': {
        // Checked again, as in the PDF: only http(s) and mailto links survive.
        const href = safeHref(node.href)
        const children = runs(node.children, style)
        return href ? [new ExternalHyperlink({ link: href, children: children as TextRun[] })] : children
      }
      case 'citation':
        return [text(`[${node.ids.join('; ')}]`)]
      case 'placeholder':
        return [text(`{{${node.key}}}`)]
      case 'break':
        return [new TextRun({ break: 1 })]
    }
  })
}

/** Ordered lists each restart at their own number: docx numbers every list by its instance. */
type ListState = { nextInstance: number }

function blocks(items: readonly Block[], lists: ListState, depth = 0): (Paragraph | Table)[] {
  return items.flatMap((block): (Paragraph | Table)[] => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: heading(block.depth + 1), children: runs(block.children), keepNext: true })]
      case 'paragraph':
        return [new Paragraph({ children: runs(block.children), widowControl: true })]
      case 'list': {
        const instance = lists.nextInstance++
        return block.items.flatMap((item) =>
          item.flatMap((child, index) => {
            if (child.type !== 'paragraph' || index > 0) return blocks([child], lists, depth + 1)
            return [
              new Paragraph({
                children: runs(child.children),
                ...(block.ordered ? { numbering: { reference: 'ordered', level: Math.min(depth, 8), instance } } : { bullet: { level: Math.min(depth, 8) } })
              })
            ]
          })
        )
      }
      case 'blockquote':
        return blocks(block.children, lists, depth)
      case 'code':
        return block.value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }))
      case 'table':
        return [table(block.rows.map((row) => row.map((cell) => new Paragraph({ children: runs(cell) }))))]
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'C9D0DA', space: 1 } }, children: [] })]
    }
  })
}

const cellOf = (content: string | Paragraph, bold = false) =>
  new TableCell({ children: [typeof content === 'string' ? new Paragraph({ children: [new TextRun({ text: content, bold })] }) : content] })

/** A4 with 2 cm margins, in twentieths of a point: the text is this wide. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 }
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

/** A full-width table whose first row is its header, repeated at the top of every page it runs onto. */
function table(rows: Paragraph[][] | string[][], widths?: readonly number[]): Table {
  const columns = rows[0]?.length ?? 1
  const shares = widths ?? Array.from({ length: columns }, () => 1 / columns)
  return new Table({
    // In twips rather than percent: LibreOffice reads a percentage width as fiftieths of a percent.
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: shares.map((share) => Math.round(share * TEXT_WIDTH)),
    rows: rows.map((row, index) => new TableRow({ tableHeader: index === 0, cantSplit: true, children: (row as (string | Paragraph)[]).map((cell) => cellOf(cell, index === 0)) }))
  })
}

function tablePart(part: Extract<PrintPart, { type: 'table' }>): (Paragraph | Table)[] {
  const header = part.columns.map((column: TableColumn) => column.label)
  const rows: string[][] = [header]
  for (const group of part.groups) {
    if (group.heading) rows.push([group.heading, ...header.slice(1).map(() => '')])
    rows.push(...group.rows)
  }
  return [...(part.intro ? [new Paragraph({ children: [new TextRun({ text: part.intro, italics: true })] })] : []), table(rows, part.columns.map((column) => column.width))]
}

function pillarMap(columns: readonly MapColumn[]): Table {
  const depth = Math.max(0, ...columns.map((column) => column.cards.length))
  const header = columns.map((column) => `${column.label} (${column.all} members, ${column.committed} committed)`)
  const body = Array.from({ length: depth }, (_, index) => columns.map((column) => {
    const card = column.cards[index]
    return card ? `${card.name} (${STAGE_LABELS[card.stage].toLowerCase()})` : ''
  }))
  return table([header, ...body])
}

function figure(item: Figure, number: number): (Paragraph | Table)[] {
  const title = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Figure ${number}. ${item.title}`)], keepNext: true }), new Paragraph({ children: [new TextRun({ text: item.caption, italics: true })] })]
  switch (item.type) {
    case 'stage-bars':
      return [...title, table([['Pillar', ...[...MEMBER_STAGES].reverse().map((stage) => STAGE_LABELS[stage]), 'All'], ...item.rows.map((row) => [row.label, ...[...MEMBER_STAGES].reverse().map((stage) => String(row.counts[stage])), String(row.total)])])]
    case 'funnel':
      return [...title, table([['Stage', 'Members'], ...item.steps.map((step) => [step.label, String(step.count)])])]
    case 'target-arrows':
      return [...title, table([['Indicator', 'Unit', 'Baseline', 'Target', 'Year'], ...item.rows.map((row) => [row.indicator, row.unit, row.baseline, row.target, row.year?.toString() ?? ''])])]
  }
}

/** A part opens on a new page, as in the PDF (except the first, when nothing comes before it). */
function part(item: PrintPart, lists: ListState, newPage: boolean): (Paragraph | Table)[] {
  const opening = (title: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, keepNext: true, children: [new TextRun(title)] })
  switch (item.type) {
    case 'flow':
      return item.sections.flatMap((section, index) => [
        new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage && index === 0, keepNext: true, children: [new TextRun(sectionHeading(section))] }),
        ...blocks(section.blocks, lists)
      ])
    case 'text':
      return [opening(item.title), ...blocks(item.blocks, lists)]
    case 'table':
      return [opening(item.title), ...tablePart(item)]
    case 'pillar-map':
      return [opening(item.title), pillarMap(item.columns)]
    case 'figures':
      return [opening(item.title), ...item.figures.flatMap((entry, index) => figure(entry, index + 1))]
  }
}

function cover(meta: PrintMeta): Paragraph[] {
  const line = (text: string, options: { size?: number; bold?: boolean; color?: string } = {}) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text, ...options })] })
  const logo = meta.logo
    ? [new Paragraph({ children: [new ImageRun({ type: meta.logo.format === 'png' ? 'png' : 'jpg', data: meta.logo.data, transformation: { width: 200, height: 80 } })] })]
    : []
  return [
    ...logo,
    line(meta.clusterName, { color: '5B6575' }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
    ...(meta.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(meta.subtitle)] })] : []),
    ...([meta.version, meta.status].some(Boolean) ? [line([meta.version, meta.status].filter(Boolean).join(' · '), { bold: true })] : []),
    line(meta.date, { color: '5B6575' }),
    ...(meta.authors ?? []).map((author) => line(author, { color: '5B6575' }))
  ]
}

/** The print document as .docx bytes. */
export async function renderWordDocument(document: PrintDocument): Promise<Uint8Array> {
  const lists: ListState = { nextInstance: 1 }
  const frontMatter = document.cover || document.toc
  const body = document.parts.flatMap((item, index) => part(item, lists, frontMatter || index > 0))
  const contents = document.toc
    ? [new Paragraph({ pageBreakBefore: document.cover, spacing: { after: 240 }, children: [new TextRun({ text: 'Contents', bold: true, size: 32 })] }), new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' })]
    : []
  const doc = new Document({
    creator: 'Cluster Workbench',
    title: `${document.meta.title}: ${document.meta.clusterName}`,
    description: document.meta.subtitle ?? '',
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Noto Sans', size: 21 }, paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } } } } },
    numbering: {
      config: [{ reference: 'ordered', levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } } })) }]
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        children: [...(document.cover ? cover(document.meta) : []), ...contents, ...body]
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
