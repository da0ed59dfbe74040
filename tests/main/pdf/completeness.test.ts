import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPrintDocument } from '../../../src/main/pdf/render-print-document'
import { loadLibraryContent } from '../../../src/main/services/library/library-content'
import { buildPrintDocument } from '../../../src/shared/export/documents'
import { EXPORT_KINDS, PdfOptionsSchema } from '../../../src/shared/export/options'
import { formatPlanDate } from '../../../src/shared/export/initiative-blocks'
import type { LibraryItem } from '../../../src/shared/library/schema'
import { INITIATIVE_STATUS_LABELS } from '../../../src/shared/strategy/schema'
import { ROLE_LABELS, STAGE_LABELS } from '../../../src/shared/workspace/member'
import { LONG_NAMES, LONG_PLACE, LONG_SECTOR, longContentWorkspace } from '../../support/long-content'
import { pdfPageTexts } from '../../support/pdf-text'
import { RESOURCES } from '../../support/workspaces'

const FONTS = join(RESOURCES, 'fonts')
const date = new Date('2026-03-01T00:00:00Z')

/** Text compared without its line breaks: a wrapped field reads back with spaces (or zero-width break marks) where its lines end. */
const squash = (text: string) => text.replace(/[\s\uFEFF\u200B]+/g, '')

describe('nothing printed is ever cut', () => {
  let items: readonly LibraryItem[]
  beforeAll(async () => {
    items = (await loadLibraryContent(join(RESOURCES, 'library'))).items
  })

  /** Every field each kind prints, from the workspace with the longest names and addresses. */
  function expectedFields(kind: (typeof EXPORT_KINDS)[number]): string[] {
    const workspace = longContentWorkspace()
    const names = [...LONG_NAMES]
    const { targets, initiatives } = workspace.strategy
    const strategy = [
      ...workspace.strategy.sections.map((section) => section.title),
      ...targets.flatMap((target) => [target.indicator, target.unit, target.baseline, target.target, target.owner]),
      ...initiatives.flatMap((initiative) => [
        initiative.title,
        initiative.description,
        initiative.budget,
        INITIATIVE_STATUS_LABELS[initiative.status],
        `${formatPlanDate(initiative.start!)} – ${formatPlanDate(initiative.end!)}`,
        ...initiative.milestones.map((milestone) => `${formatPlanDate(milestone.due!)}: ${milestone.title}`)
      ]),
      'https://www.ntnu.edu/imt/research/marine-cybernetics-and-autonomous-systems/laboratories/ocean-basin?lang=en&section=overview',
      ...names
    ]
    const directory = [...names, LONG_SECTOR, LONG_PLACE, ...workspace.members.map((m) => m.website.replace(/^https:\/\/www\./, '')), ROLE_LABELS['founding-member'], STAGE_LABELS['letter-of-support']]
    switch (kind) {
      case 'pillar-map':
        return names
      case 'directory':
        return directory
      case 'strategy':
        return [workspace.strategy.title, ...strategy]
      case 'dossier':
        return [...strategy, ...directory]
    }
  }

  for (const kind of EXPORT_KINDS) {
    for (const options of [PdfOptionsSchema.parse({}), PdfOptionsSchema.parse({ size: 'Letter', orientation: 'landscape', margins: 'wide' })]) {
      it(`prints every field of the ${kind} in full (${options.size} ${options.orientation})`, async () => {
        const document = buildPrintDocument(kind, longContentWorkspace(), date, { items, snapshotId: null })!
        const { bytes } = await renderPrintDocument(document, options, FONTS)
        const texts = await pdfPageTexts(bytes)
        const all = squash(texts.join(' '))
        for (const field of expectedFields(kind)) expect(all, field).toContain(squash(field))
        // The running header is the only text allowed an ellipsis (the cover and title carry the name whole).
        for (const text of texts) expect(text.replace(/^.*?·[^·]*?…/, '')).not.toContain('…')
      })
    }
  }
})
