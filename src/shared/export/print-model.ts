import type { Block } from '../document/model'
import type { Figure } from './figures'
import type { Placement } from '../pillars'
import type { MemberStage } from '../workspace/member'

/**
 * A document ready to print: every placeholder filled, every citation numbered, every member
 * sorted. Built by pure functions from the workspace, rendered to PDF in main. Each part
 * starts on a new page and gets an entry in the table of contents.
 */
export type PrintMeta = {
  /** "Strategy plan", "Member directory", … */
  title: string
  clusterName: string
  /** Shown on the cover, e.g. "Steering group v1". */
  version: string | null
  /** ISO date of the export. */
  date: string
  /** The cluster's logo for the cover (image bytes), when it has one. */
  logo?: { format: 'png' | 'jpeg'; data: Uint8Array } | null
  /** The title page's further lines, as the team set them (strategy and dossier). */
  subtitle?: string
  /** "Draft", "For consultation" or "Final". */
  status?: string | null
  authors?: readonly string[]
}

export type MapCard = { name: string; stage: MemberStage; role: string }
export type MapColumn = { placement: Placement; label: string; all: number; committed: number; cards: MapCard[] }

export type TableColumn = { label: string; width: number; align?: 'left' | 'right' }
export type TableGroup = { heading: string | null; rows: string[][] }

/** A section of running text; `number` is its printed number ("2") when headings are numbered. */
export type FlowSection = { id: string; title: string; number: string | null; blocks: Block[] }

export type PrintPart =
  | { type: 'text'; id: string; title: string; blocks: Block[] }
  /** Sections that run on one after another; the part opens on a new page and each section has a contents entry. */
  | { type: 'flow'; id: string; title: string; sections: FlowSection[] }
  | { type: 'pillar-map'; id: string; title: string; columns: MapColumn[] }
  | { type: 'table'; id: string; title: string; intro: string | null; columns: TableColumn[]; groups: TableGroup[] }
  /** Figures drawn from the data (bar chart, funnel, targets), one after another. */
  | { type: 'figures'; id: string; title: string; figures: Figure[] }

export type PrintDocument = {
  meta: PrintMeta
  cover: boolean
  toc: boolean
  parts: PrintPart[]
}

/** A contents entry: a part, or each section of a part of running text (with its number). */
export type ContentsItem = { id: string; title: string }

export const sectionHeading = (section: FlowSection) => (section.number ? `${section.number}  ${section.title}` : section.title)

/** The contents, in order: what the body's bookmarks mark and the contents page lists. */
export function contentsItems(document: PrintDocument): ContentsItem[] {
  return document.parts.flatMap((part) => (part.type === 'flow' ? part.sections.map((section) => ({ id: section.id, title: sectionHeading(section) })) : [{ id: part.id, title: part.title }]))
}

/** All text a document will print, to check it against the fonts before exporting. */
export function printedStrings(document: PrintDocument): string[] {
  const { meta } = document
  const out = [meta.title, meta.clusterName, meta.version ?? '', meta.subtitle ?? '', ...(meta.authors ?? [])]
  for (const part of document.parts) {
    out.push(part.title)
    if (part.type === 'text') out.push(JSON.stringify(part.blocks))
    if (part.type === 'flow') for (const section of part.sections) out.push(section.title, JSON.stringify(section.blocks))
    if (part.type === 'pillar-map') {
      for (const column of part.columns) out.push(column.label, ...column.cards.flatMap((card) => [card.name, card.role]))
    }
    if (part.type === 'table') {
      out.push(part.intro ?? '', ...part.columns.map((column) => column.label))
      for (const group of part.groups) out.push(group.heading ?? '', ...group.rows.flat())
    }
    if (part.type === 'figures') out.push(JSON.stringify(part.figures))
  }
  return out
}
