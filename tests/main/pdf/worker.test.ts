import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pillarMapDocument } from '../../../src/shared/export/member-documents'
import { PdfOptionsSchema } from '../../../src/shared/export/options'
import { createWorkerRenderer, RenderCancelled, type PdfRenderer } from '../../../src/main/pdf/pdf-runner'
import { bundleScript } from '../../support/bundle-script'
import { pdfPageTexts } from '../../support/pdf-text'
import { RESOURCES, ROOT, workspaceWith } from '../../support/workspaces'

const A4 = PdfOptionsSchema.parse({})

describe('the PDF worker thread', () => {
  const dir = join(ROOT, 'node_modules', '.cache', 'cluster-workbench-tests', `worker-${process.pid}`)
  let renderer: PdfRenderer
  let script: string

  beforeAll(async () => {
    await mkdir(dir, { recursive: true })
    script = await bundleScript(join(ROOT, 'src', 'main', 'pdf', 'pdf-worker.ts'), dir, { externalPackages: true })
    renderer = createWorkerRenderer(script, join(RESOURCES, 'fonts'), null)
  })
  afterAll(async () => {
    await renderer.dispose()
    await rm(dir, { recursive: true, force: true })
  })

  it('renders in the worker and reports its phases', async () => {
    const phases: string[] = []
    const result = await renderer.render(pillarMapDocument(workspaceWith(40), new Date()), A4, (phase) => phases.push(phase))
    expect(phases).toEqual(['layout', 'finishing'])
    expect((await pdfPageTexts(result.bytes))[0]).toContain('Organisation 39')
  })

  it('cancels a running render, and the next one still works', async () => {
    const controller = new AbortController()
    const running = renderer.render(pillarMapDocument(workspaceWith(3000), new Date()), A4, () => controller.abort(), controller.signal)
    await expect(running).rejects.toBeInstanceOf(RenderCancelled)
    const after = await renderer.render(pillarMapDocument(workspaceWith(5), new Date()), A4, () => undefined)
    expect(after.pages).toBe(1)
  })

  it('warms up on its own soon after start, and an export asked for meanwhile waits its turn', async () => {
    const warming = createWorkerRenderer(script, join(RESOURCES, 'fonts'), 0)
    try {
      await new Promise((resolve) => setTimeout(resolve, 20)) // the scheduled warm-up has started
      const result = await warming.render(pillarMapDocument(workspaceWith(12), new Date()), A4, () => undefined)
      expect((await pdfPageTexts(result.bytes))[0]).toContain('Organisation 11')
      await warming.warmUp() // and again on request
    } finally {
      await warming.dispose()
    }
  }, 60_000) // two warm-ups of six renders each, on a shared machine
})
