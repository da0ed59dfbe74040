import { pillarMapDocument, directoryDocument } from '../../src/shared/export/member-documents'
import { strategyDocument } from '../../src/shared/export/strategy-document'
import type { Workspace } from '../../src/shared/workspace/schema'
import { PdfOptionsSchema, type PdfOptions } from '../../src/shared/export/options'
import type { PrintDocument } from '../../src/shared/export/print-model'
import { syntheticWorkspace } from './synthetic'

const DATE = new Date('2026-03-01T00:00:00Z')

/** The documents the PDF benchmark prints, by name and size. */
export function benchDocument(kind: string, size: number): { document: PrintDocument; options: PdfOptions } {
  switch (kind) {
    case 'pillar-map':
      return { document: pillarMapDocument(syntheticWorkspace(size), DATE), options: PdfOptionsSchema.parse({ orientation: 'landscape' }) }
    case 'directory':
      return { document: directoryDocument(syntheticWorkspace(size), DATE), options: PdfOptionsSchema.parse({}) }
    case 'strategy':
      return { document: strategyDocument(syntheticStrategy(size), [], DATE)!, options: PdfOptionsSchema.parse({}) }
    default:
      throw new Error(`unknown benchmark document ${kind}`)
  }
}

const SENTENCE = 'The cluster brings ports, shipyards, start-ups, universities and investors together to cut emissions and grow ocean technology along the coast.'

/**
 * A written strategy of about `pages` A4 pages: sections of two full pages each (twenty-three
 * paragraphs with a heading and a list), like a long multi-year strategy.
 */
function syntheticStrategy(pages: number): Workspace {
  const workspace = syntheticWorkspace(200)
  return { ...workspace, strategy: { ...workspace.strategy, started: true, title: 'Long strategy', sections: syntheticSections(pages) } }
}

/** The sections of a written strategy of about `pages` A4 pages (see `syntheticStrategy`). */
export function syntheticSections(pages: number): Workspace['strategy']['sections'] {
  return Array.from({ length: Math.max(1, Math.round(pages / 2)) }, (_, index) => ({
    id: `s${index}`,
    title: `Section ${index + 1}: goal and pathway`,
    status: 'draft' as const,
    templateSectionId: null,
    startsPart: true, // each section on its own pages, as the Chromium baseline prints them
    markdown: [
      `## Goal ${index + 1}`,
      ...Array.from({ length: 7 }, (_, p) => `${SENTENCE} Paragraph ${p + 1} adds **detail** on milestones, owners and funding for {{cluster.name}}.`),
      '- Milestone one\n- Milestone two\n- Milestone three',
      ...Array.from({ length: 15 }, () => `${SENTENCE} ${SENTENCE}`)
    ].join('\n\n')
  }))
}
