import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderPrintDocument } from '../../../src/main/pdf/render-print-document'
import { commitmentFunnel, leadingNumber, stageBars, workspaceFigures } from '../../../src/shared/export/figures'
import { PdfOptionsSchema } from '../../../src/shared/export/options'
import type { PrintDocument } from '../../../src/shared/export/print-model'
import { pdfPageOperators, pdfPageTexts } from '../../support/pdf-text'
import { RESOURCES, workspaceWith } from '../../support/workspaces'

const FONTS = join(RESOURCES, 'fonts')

function workspaceWithTargets() {
  const workspace = workspaceWith(40)
  const targets = [
    { id: 't1', indicator: 'Joint R&D projects', unit: 'projects', baseline: '4', target: '20', year: 2030, owner: '' },
    { id: 't2', indicator: 'Private investment raised', unit: '€ million', baseline: '€6 m', target: '€40 m', year: 2030, owner: '' },
    { id: 't3', indicator: 'Reputation', unit: '', baseline: 'unknown', target: 'strong', year: null, owner: '' }
  ]
  return { ...workspace, strategy: { ...workspace.strategy, targets } }
}

describe('figures drawn from the data', () => {
  it('counts members per pillar and stage, and how many came at least this far', () => {
    const workspace = workspaceWith(40) // every third committed, the rest prospects
    const bars = stageBars(workspace)
    expect(bars.rows.map((row) => row.total)).toEqual([8, 8, 8, 8, 8])
    expect(bars.rows.reduce((sum, row) => sum + row.counts.committed, 0)).toBe(14)
    expect(commitmentFunnel(workspace).steps.map((step) => step.count)).toEqual([40, 14, 14, 14])
    expect([leadingNumber('1,200'), leadingNumber('€6.5 m'), leadingNumber('none')]).toEqual([1200, 6.5, null])
  })

  it('prints the bar chart, the funnel and the targets as text and vector shapes', async () => {
    const workspace = workspaceWithTargets()
    const document: PrintDocument = {
      meta: { title: 'Figures', clusterName: 'Test Cluster', version: null, date: '2026-12-01' },
      cover: false,
      toc: false,
      parts: [{ type: 'figures', id: 'figures', title: 'Figures', figures: workspaceFigures(workspace) }]
    }
    const { bytes } = await renderPrintDocument(document, PdfOptionsSchema.parse({}), FONTS)
    const text = (await pdfPageTexts(bytes))[0]!
    for (const expected of ['Figure 1. Members by pillar and stage', 'Figure 2. Commitment funnel', 'Figure 3. Targets: from baseline to target', 'Industry leaders', '8 (3 committed)', 'All members and prospects', 'from 4 to 20 projects by 2030', 'from €6 m to €40 m € million by 2030', 'from unknown to strong']) {
      expect(text).toContain(expected)
    }
    // Bars and marks are filled paths, not pictures: several dozen on the page.
    const ops = await pdfPageOperators(bytes, 1)
    expect(ops.paintImageXObject ?? 0).toBe(0)
    expect(ops.constructPath).toBeGreaterThan(30)
  })
})
