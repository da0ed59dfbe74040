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

  beforeAll(async () => {
    await mkdir(dir, { recursive: true })
    const script = await bundleScript(join(ROOT, 'src', 'main', 'pdf', 'pdf-worker.ts'), dir, { externalPackages: true })
    renderer = createWorkerRenderer(script, join(RESOURCES, 'fonts'))
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
})
