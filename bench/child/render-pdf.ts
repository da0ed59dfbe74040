/**
 * Renders one benchmark document on request, so the runner can alternate it with Chromium's
 * rendering of the same content (this shared machine drifts too much for one side's runs to be
 * compared with the other's run minutes later). A separate process so peak memory is the render's
 * own, not the benchmark runner's. Renders go through the app's own PDF worker thread
 * (pdf-runner.ts, with its memory settings), the document posted to it and the file posted back,
 * as an export in the app does.
 *
 * Protocol, one line each way: the child prints `ready`; each `render` line is answered with
 * {"ms","pages","bytes"}; `warm` runs the app's idle warm-up (warm-up.ts) and is answered with
 * {"ms"}; `done` is answered with {"maxRssMB"} and the child exits.
 */
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createWorkerRenderer } from '../../src/main/pdf/pdf-runner'
import { bundleScript } from '../../tests/support/bundle-script'
import { benchDocument } from '../lib/bench-documents'

const [kind, size] = process.argv.slice(2) as [string, string]
const root = join(import.meta.dirname, '..', '..')
const fonts = join(root, 'resources', 'fonts')
const { document, options } = benchDocument(kind, Number(size))
const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)

// Inside the project so the worker's packages resolve from node_modules, as in the app's build.
const dir = join(root, 'node_modules', '.cache', 'cluster-workbench-bench', `pdf-${process.pid}`)
await mkdir(dir, { recursive: true })
const renderer = createWorkerRenderer(await bundleScript(join(root, 'src', 'main', 'pdf', 'pdf-worker.ts'), dir, { externalPackages: true }), fonts, null)

process.stdout.write('ready\n')
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'render') {
    const started = performance.now()
    const rendered = await renderer.render(document, options, () => undefined)
    reply({ ms: performance.now() - started, pages: rendered.pages, bytes: rendered.bytes.length })
  } else if (line === 'warm') {
    const started = performance.now()
    await renderer.warmUp()
    reply({ ms: performance.now() - started })
  } else if (line === 'done') {
    reply({ maxRssMB: process.resourceUsage().maxRSS / 1024 })
    break
  }
}
await renderer.dispose()
await rm(dir, { recursive: true, force: true })
process.exit(0)
