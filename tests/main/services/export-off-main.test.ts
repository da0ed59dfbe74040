import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkerRenderer, type PdfRenderer } from '../../../src/main/pdf/pdf-runner'
import { loadTemplateContent } from '../../../src/main/services/strategy/template-content'
import { instantiateTemplate } from '../../../src/shared/strategy/template'
import { WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { bundleScript } from '../../support/bundle-script'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, RESOURCES, ROOT } from '../../support/workspaces'

/** A strategy whose three first sections are Markdown built to be slow to parse ("](" repeated). */
async function pathologicalStrategy(): Promise<Workspace> {
  const demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
  const template = (await loadTemplateContent(join(RESOURCES, 'templates'))).templates.find((t) => t.id === 'founding-strategy')!
  let n = 0
  const sections = instantiateTemplate(template, () => `section-${++n}`).map((section, index) => (index < 3 ? { ...section, markdown: ']('.repeat(3000) } : section))
  return { ...demo, strategy: { ...demo.strategy, started: true, title: 'Slow strategy', templateId: template.id, sections } }
}

/**
 * Preparing a PDF parses every Markdown text; a colleague's workspace can make that take
 * seconds. It runs in the PDF worker, so the app keeps saving meanwhile (and keeps its lock
 * fresh, which runs on the same event loop as saving).
 */
describe('preparing an export off the main event loop', () => {
  const tempDir = useTempDirs()
  const scriptDir = join(ROOT, 'node_modules', '.cache', 'cluster-workbench-tests', `export-off-main-${process.pid}`)
  let renderer: PdfRenderer
  beforeAll(async () => {
    await mkdir(scriptDir, { recursive: true })
    renderer = createWorkerRenderer(await bundleScript(join(ROOT, 'src', 'main', 'pdf', 'pdf-worker.ts'), scriptDir, { externalPackages: true }), join(RESOURCES, 'fonts'))
  })
  afterAll(async () => {
    await renderer.dispose()
    await rm(scriptDir, { recursive: true, force: true })
  })

  it('saves an edit made after a slow export started, before that export is ready', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'), { pdfRenderer: renderer })
    const opened = await services.session.openPath(await makeBundle(dir, await pathologicalStrategy()))
    if (opened.state !== 'open') throw new Error('expected an open workspace')
    const finished: string[] = []
    const preparing = services.exports.check({ kind: 'strategy' }).then(() => void finished.push('export prepared'))
    services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'Saved meanwhile' } }, baseRevision: opened.view.revision })
    const saving = services.session.flush().then((outcome) => void finished.push(outcome.ok ? 'edit saved' : 'save failed'))
    await Promise.all([preparing, saving])
    expect(finished).toEqual(['edit saved', 'export prepared'])
    await services.session.dispose()
  })
})
