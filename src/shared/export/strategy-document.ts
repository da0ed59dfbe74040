import { parseMarkdown } from '../document/markdown'
import type { Block, Inline } from '../document/model'
import { LEVEL_LABELS, type LibraryItem } from '../library/schema'
import { isRead } from '../library/workspace-library'
import { placementLabel } from '../pillars'
import { formatReference, numberReferences, type Reference } from '../strategy/citations'
import { livePlaceholderValues, placeholderValue } from '../strategy/placeholders'
import { DOCUMENT_STATUS_LABELS, type Strategy, type StrategySection } from '../strategy/schema'
import type { Workspace } from '../workspace/schema'
import { readinessPart } from '../readiness/print-part'
import { commentsPart } from './comments-part'
import { directoryPart, pillarMapPart, printMeta, unplacedPart } from './member-documents'
import { workspaceFigures } from './figures'
import { numberHeadings } from './heading-numbers'
import { initiativeBlocks } from './initiative-blocks'
import type { FlowSection, PrintDocument, PrintMeta, PrintPart, TableColumn } from './print-model'

/** What a strategy export is made from: the current draft, or a named snapshot of it. */
export type StrategySource = { title: string; sections: StrategySection[]; version: string | null }

export function strategySource(strategy: Strategy, snapshotId: string | null): StrategySource | null {
  if (snapshotId) {
    const snapshot = strategy.snapshots.find((candidate) => candidate.id === snapshotId)
    return snapshot ? { title: snapshot.title, sections: snapshot.sections, version: snapshot.name } : null
  }
  return strategy.started ? { title: strategy.title, sections: strategy.sections, version: strategy.cover.version || null } : null
}

/** Replaces placeholders with their values and citations with their numbers, so the PDF prints finished text. */
export function resolveBlocks(blocks: readonly Block[], fill: { placeholder: (key: string) => Inline; citation: (ids: string[]) => string }): Block[] {
  const inlines = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((node): Inline => {
      if (node.type === 'placeholder') return fill.placeholder(node.key)
      if (node.type === 'citation') return { type: 'text', value: fill.citation(node.ids) }
      if ('children' in node) return { ...node, children: inlines(node.children) }
      return node
    })
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: inlines(block.children) }
      case 'list':
        return { ...block, items: block.items.map((item) => resolveBlocks(item, fill)) }
      case 'blockquote':
        return { ...block, children: resolveBlocks(block.children, fill) }
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(inlines)) }
      default:
        return block
    }
  })
}

/**
 * The written sections as parts of running text: a section marked as starting a part opens a new
 * page (so does the first); the sections after it run on. Empty sections are left out, and a part
 * that would have started at one starts at the next written section instead.
 */
/** Every section parsed once, and the references its citations get numbered by. */
function parseSections(source: StrategySource, items: readonly LibraryItem[]) {
  const blocks = source.sections.map((section) => parseMarkdown(section.markdown).blocks)
  return { blocks, references: numberReferences(blocks, items) }
}

function sectionParts(workspace: Workspace, source: StrategySource, { blocks: parsed, references }: ReturnType<typeof parseSections>): PrintPart[] {
  const live = livePlaceholderValues(workspace)
  const numbers = new Map(references.map((reference) => [reference.id, reference.number]))
  const fill = {
    // An unknown key (a typo the team chose to print) stays visible and marked, never silently blank.
    placeholder: (key: string): Inline => {
      const value = placeholderValue(key, workspace.strategy, live)
      return value === null ? { type: 'strong', children: [{ type: 'text', value: `[unknown data: {{${key}}}]` }] } : { type: 'text', value: value || '(none yet)' }
    },
    citation: (ids: string[]) => `[${ids.map((id) => numbers.get(id) ?? '?').join(', ')}]`
  }
  const numbered = workspace.strategy.cover.numberedHeadings
  const parts: Extract<PrintPart, { type: 'flow' }>[] = []
  let startPending = true
  let written = 0
  for (const [index, section] of source.sections.entries()) {
    if (section.startsPart) startPending = true
    if (!section.markdown.trim()) continue
    const number = numbered ? String(++written) : null
    const blocks = resolveBlocks(parsed[index]!, fill)
    const flowSection = { id: `section-${section.id}`, title: section.title, number, blocks: number ? numberHeadings(blocks, number) : blocks }
    if (startPending || parts.length === 0) parts.push({ type: 'flow', id: `part-${section.id}`, title: section.title, sections: [] })
    parts[parts.length - 1]!.sections.push(flowSection)
    startPending = false
  }
  return parts
}

/** A table without group headings or an introduction. */
function plainTable(id: string, title: string, columns: TableColumn[], rows: string[][]): PrintPart {
  return { type: 'table', id, title, intro: null, columns, groups: [{ heading: null, rows }] }
}

const TARGET_COLUMNS = [
  { label: 'Indicator', width: 0.32 },
  { label: 'Unit', width: 0.12 },
  { label: 'Baseline', width: 0.13 },
  { label: 'Target', width: 0.13 },
  { label: 'Year', width: 0.08 },
  { label: 'Owner', width: 0.22 }
]

/** The targets as a table in running text, its first row the column headings. */
function targetsSection(workspace: Workspace): FlowSection | null {
  const { targets } = workspace.strategy
  if (targets.length === 0) return null
  const cell = (value: string): Inline[] => (value ? [{ type: 'text', value }] : [])
  const rows = [TARGET_COLUMNS.map((column) => column.label), ...targets.map((t) => [t.indicator, t.unit, t.baseline, t.target, t.year?.toString() ?? '', t.owner])]
  const table: Block = { type: 'table', align: TARGET_COLUMNS.map(() => null), widths: TARGET_COLUMNS.map((column) => column.width), rows: rows.map((row) => row.map(cell)) }
  return { id: 'targets', title: 'Targets and KPIs', number: null, blocks: [table] }
}

/** Every initiative in full (description, lead, partners, period, budget, status, milestones), as running text. */
function initiativesSection(workspace: Workspace): FlowSection | null {
  const { initiatives } = workspace.strategy
  if (initiatives.length === 0) return null
  const byId = new Map(workspace.members.map((member) => [member.id, member]))
  const who = (id: string | null) => {
    const member = id ? byId.get(id) : undefined
    return member ? `${member.name} (${placementLabel(member.pillar)})` : ''
  }
  return { id: 'initiatives-list', title: 'Initiatives', number: null, blocks: initiatives.flatMap((initiative) => initiativeBlocks(initiative, who)) }
}

/**
 * Targets and initiatives as one part that runs on: on pages of their own, a short targets table
 * left most of its page empty, and the last initiative often sat alone on the part's last page.
 */
function targetsAndInitiativesPart(workspace: Workspace): PrintPart | null {
  const sections = [targetsSection(workspace), initiativesSection(workspace)].filter((section): section is FlowSection => section !== null)
  return sections.length ? { type: 'flow', id: 'targets-and-initiatives', title: sections[0]!.title, sections } : null
}

function referencesPart(references: Reference[]): PrintPart | null {
  if (references.length === 0) return null
  const columns: TableColumn[] = [
    { label: 'No.', width: 0.08, align: 'right' },
    { label: 'Reference', width: 0.92 }
  ]
  return plainTable('references', 'References', columns, references.map((reference) => [`[${reference.number}]`, formatReference(reference)]))
}

function readingListPart(workspace: Workspace, items: readonly LibraryItem[]): PrintPart {
  return {
    type: 'table',
    id: 'reading-list',
    title: 'Reading list',
    intro: 'The library the team built on, by level, with what has been read.',
    columns: [
      { label: 'Title', width: 0.44 },
      { label: 'Author or organisation', width: 0.3 },
      { label: 'Year', width: 0.09 },
      { label: 'Read', width: 0.17 }
    ],
    groups: (['introductory', 'intermediate', 'advanced'] as const).map((level) => ({
      heading: LEVEL_LABELS[level],
      rows: items
        .filter((item) => item.level === level)
        .map((item) => [item.title, item.authors.join(', ') || item.organisation || '', item.year?.toString() ?? '', isRead(workspace.library, item.id) ? 'Read' : ''])
    }))
  }
}

/** The title page the team set: subtitle, version, status, date (or the export's), authors. */
function coverMeta(workspace: Workspace, title: string, date: Date, version: string | null): PrintMeta {
  const { cover } = workspace.strategy
  const meta = printMeta(workspace, title, date, version)
  return { ...meta, date: cover.date ?? meta.date, subtitle: cover.subtitle, status: DOCUMENT_STATUS_LABELS[cover.status], authors: cover.authors }
}

const figuresPart = (workspace: Workspace): PrintPart => ({ type: 'figures', id: 'figures', title: 'Figures: members and targets', figures: workspaceFigures(workspace) })

const present = (parts: (PrintPart | null)[]): PrintPart[] => parts.filter((part): part is PrintPart => part !== null)

/** The strategy plan: cover, contents, every written section, KPIs, initiatives, the pillar map as a figure, references. */
export function strategyDocument(workspace: Workspace, items: readonly LibraryItem[], date: Date, snapshotId: string | null = null, withComments = false): PrintDocument | null {
  const source = strategySource(workspace.strategy, snapshotId)
  if (!source) return null
  const sections = parseSections(source, items)
  const references = sections.references
  const parts = present([...sectionParts(workspace, source, sections), targetsAndInitiativesPart(workspace), figuresPart(workspace), { ...pillarMapPart(workspace), title: 'Figure: the pillar map' }, referencesPart(references), withComments ? commentsPart(workspace.comments, source.sections) : null])
  return { meta: coverMeta(workspace, source.title, date, source.version), cover: true, toc: true, parts }
}

/** One PDF for the founding team's stakeholders: strategy, pillar map, KPIs, member directory and reading list. */
export function dossierDocument(workspace: Workspace, items: readonly LibraryItem[], date: Date, snapshotId: string | null = null, withComments = false): PrintDocument {
  const source = strategySource(workspace.strategy, snapshotId)
  const sections = source ? parseSections(source, items) : null
  const references = sections?.references ?? []
  const parts = present([
    ...(source && sections ? sectionParts(workspace, source, sections) : []),
    figuresPart(workspace),
    pillarMapPart(workspace),
    unplacedPart(workspace),
    targetsAndInitiativesPart(workspace),
    directoryPart(workspace),
    readinessPart(workspace),
    referencesPart(references),
    readingListPart(workspace, items),
    withComments && source ? commentsPart(workspace.comments, source.sections) : null
  ])
  return { meta: { ...coverMeta(workspace, 'Founding dossier', date, source?.version ?? null), subtitle: source?.title ?? '' }, cover: true, toc: true, parts }
}

