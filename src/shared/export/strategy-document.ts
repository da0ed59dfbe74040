import { parseMarkdown } from '../document/markdown'
import type { Block, Inline } from '../document/model'
import { LEVEL_LABELS, type LibraryItem } from '../library/schema'
import { isRead } from '../library/workspace-library'
import { placementLabel } from '../pillars'
import { formatReference, numberReferences, type Reference } from '../strategy/citations'
import { livePlaceholderValues, placeholderValue } from '../strategy/placeholders'
import type { Strategy, StrategySection } from '../strategy/schema'
import type { Workspace } from '../workspace/schema'
import { readinessPart } from '../readiness/print-part'
import { directoryPart, pillarMapPart, printMeta, unplacedPart } from './member-documents'
import type { PrintDocument, PrintPart, TableColumn } from './print-model'

/** What a strategy export is made from: the current draft, or a named snapshot of it. */
export type StrategySource = { title: string; sections: StrategySection[]; version: string | null }

export function strategySource(strategy: Strategy, snapshotId: string | null): StrategySource | null {
  if (snapshotId) {
    const snapshot = strategy.snapshots.find((candidate) => candidate.id === snapshotId)
    return snapshot ? { title: snapshot.title, sections: snapshot.sections, version: snapshot.name } : null
  }
  return strategy.started ? { title: strategy.title, sections: strategy.sections, version: 'Working draft' } : null
}

/** Replaces placeholders with their values and citations with their numbers, so the PDF prints finished text. */
export function resolveBlocks(blocks: readonly Block[], fill: { placeholder: (key: string) => string; citation: (ids: string[]) => string }): Block[] {
  const inlines = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((node): Inline => {
      if (node.type === 'placeholder') return { type: 'text', value: fill.placeholder(node.key) }
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

function sectionParts(workspace: Workspace, source: StrategySource, references: Reference[]): PrintPart[] {
  const live = livePlaceholderValues(workspace)
  const numbers = new Map(references.map((reference) => [reference.id, reference.number]))
  const fill = {
    placeholder: (key: string) => {
      const value = placeholderValue(key, workspace.strategy, live)
      return value === null ? `{{${key}}}` : value || '(none yet)'
    },
    citation: (ids: string[]) => `[${ids.map((id) => numbers.get(id) ?? '?').join(', ')}]`
  }
  return source.sections
    .filter((section) => section.markdown.trim())
    .map((section) => ({ type: 'text', id: `section-${section.id}`, title: section.title, blocks: resolveBlocks(parseMarkdown(section.markdown).blocks, fill) }))
}

/** A table without group headings or an introduction. */
function plainTable(id: string, title: string, columns: TableColumn[], rows: string[][]): PrintPart {
  return { type: 'table', id, title, intro: null, columns, groups: [{ heading: null, rows }] }
}

function targetsPart(workspace: Workspace): PrintPart | null {
  const { targets } = workspace.strategy
  if (targets.length === 0) return null
  const columns = [
    { label: 'Indicator', width: 0.4 },
    { label: 'Baseline', width: 0.14 },
    { label: 'Target', width: 0.14 },
    { label: 'Year', width: 0.1 },
    { label: 'Owner', width: 0.22 }
  ]
  return plainTable('targets', 'Targets and KPIs', columns, targets.map((t) => [t.indicator, t.baseline, t.target, t.year?.toString() ?? '', t.owner]))
}

function initiativesPart(workspace: Workspace): PrintPart | null {
  const { initiatives } = workspace.strategy
  if (initiatives.length === 0) return null
  const byId = new Map(workspace.members.map((member) => [member.id, member]))
  const who = (id: string | null) => {
    const member = id ? byId.get(id) : undefined
    return member ? `${member.name} (${placementLabel(member.pillar)})` : ''
  }
  const columns = [
    { label: 'Initiative', width: 0.3 },
    { label: 'Lead', width: 0.3 },
    { label: 'Partners', width: 0.4 }
  ]
  return plainTable('initiatives', 'Initiatives', columns, initiatives.map((i) => [i.title, who(i.leadId), i.partnerIds.map(who).filter(Boolean).join('; ')]))
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

const present = (parts: (PrintPart | null)[]): PrintPart[] => parts.filter((part): part is PrintPart => part !== null)

/** The strategy plan: cover, contents, every written section, KPIs, initiatives, the pillar map as a figure, references. */
export function strategyDocument(workspace: Workspace, items: readonly LibraryItem[], date: Date, snapshotId: string | null = null): PrintDocument | null {
  const source = strategySource(workspace.strategy, snapshotId)
  if (!source) return null
  const references = numberReferences(source.sections.map((section) => parseMarkdown(section.markdown).blocks), items)
  const parts = present([...sectionParts(workspace, source, references), targetsPart(workspace), initiativesPart(workspace), { ...pillarMapPart(workspace), title: 'Figure: the pillar map' }, referencesPart(references)])
  return { meta: { ...printMeta(workspace, source.title, date, source.version) }, cover: true, toc: true, parts }
}

/** One PDF for the founding team's stakeholders: strategy, pillar map, KPIs, member directory and reading list. */
export function dossierDocument(workspace: Workspace, items: readonly LibraryItem[], date: Date, snapshotId: string | null = null): PrintDocument {
  const source = strategySource(workspace.strategy, snapshotId)
  const references = source ? numberReferences(source.sections.map((section) => parseMarkdown(section.markdown).blocks), items) : []
  const parts = present([
    ...(source ? sectionParts(workspace, source, references) : []),
    pillarMapPart(workspace),
    unplacedPart(workspace),
    targetsPart(workspace),
    initiativesPart(workspace),
    directoryPart(workspace),
    readinessPart(workspace),
    referencesPart(references),
    readingListPart(workspace, items)
  ])
  return { meta: printMeta(workspace, 'Founding dossier', date, source?.version ?? null), cover: true, toc: true, parts }
}

