import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../src/main/services/library/library-content'
import { renderWordDocument } from '../../../src/main/services/export-word'
import { buildPrintDocument } from '../../../src/shared/export/documents'
import { EXPORT_KINDS } from '../../../src/shared/export/options'
import { contentsItems } from '../../../src/shared/export/print-model'
import type { LibraryItem } from '../../../src/shared/library/schema'
import { WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { LONG_NAMES, LONG_WEBSITE, longContentWorkspace } from '../../support/long-content'
import { RESOURCES } from '../../support/workspaces'

const date = new Date('2026-12-01T00:00:00Z')
const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** A .docx read back as Word would: its paragraphs with their style, and how many tables, header rows and numbered items. */
async function readBack(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const xml = strFromU8(files['word/document.xml']!)
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
  }))
  return {
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    tables: (xml.match(/<w:tbl>/g) ?? []).length,
    headerRows: (xml.match(/<w:tblHeader\/>/g) ?? []).length,
    numbered: (xml.match(/<w:numPr>/g) ?? []).length,
    hyperlinks: strFromU8(files['word/_rels/document.xml.rels']!).match(/TargetMode="External"/g)?.length ?? 0
  }
}

describe('Word export', () => {
  let items: readonly LibraryItem[]
  let demo: Workspace
  beforeAll(async () => {
    items = (await loadLibraryContent(join(RESOURCES, 'library'))).items
    demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
  })

  for (const kind of ['strategy', 'dossier'] as const) {
    it(`writes the demo's ${kind} with Word's heading styles, every section, tables with header rows and numbered lists`, async () => {
      const document = buildPrintDocument(kind, demo, date, { items, snapshotId: null })!
      const word = await readBack(await renderWordDocument(document))
      expect(word.paragraphs.find((p) => p.style === 'Title')?.text).toBe(document.meta.title)
      const headings = word.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)
      // Every contents entry (each section, each part) is a Heading 1, in order.
      expect(headings).toEqual(contentsItems(document).map((item) => item.title))
      expect(word.paragraphs.some((p) => p.style === 'Heading2')).toBe(true)
      expect(word.tables).toBeGreaterThanOrEqual(kind === 'dossier' ? 7 : 5)
      expect(word.headerRows).toBe(word.tables)
      expect(word.numbered).toBeGreaterThanOrEqual(3) // the objectives' numbered list
      expect(word.text).toContain('Cleaner ships built here')
      expect(word.text).toContain('Michael E. Porter (1998). Clusters and the New Economics of Competition')
      for (const initiative of demo.strategy.initiatives) expect(word.text).toContain(initiative.description)
      expect(word.text).not.toContain('{{')
    })
  }

  for (const kind of EXPORT_KINDS) {
    it(`keeps the longest names and addresses whole in the ${kind}`, async () => {
      const workspace = longContentWorkspace()
      const word = await readBack(await renderWordDocument(buildPrintDocument(kind, workspace, date, { items, snapshotId: null })!))
      for (const name of LONG_NAMES) expect(word.text).toContain(name)
      if (kind !== 'pillar-map') expect(word.text).toContain(LONG_WEBSITE.replace(/^https:\/\/www\./, ''))
      if (kind === 'strategy' || kind === 'dossier') {
        expect(word.hyperlinks).toBeGreaterThan(0)
        for (const milestone of workspace.strategy.initiatives[0]!.milestones) expect(word.text).toContain(milestone.title)
      }
    })
  }
})
