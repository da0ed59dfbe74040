/**
 * Renders one benchmark document on request, so the runner can alternate it with Chromium's
 * rendering of the same content (this shared machine drifts too much for one side's runs to be
 * compared with the other's run minutes later). A separate process so peak memory is the render's
 * own, not the benchmark runner's.
 *
 * Protocol, one line each way: the child prints `ready`; each `render` line is answered with
 * {"ms","pages","bytes"}; `warm` runs the app's idle warm-up (warm-up.ts) and is answered with
 * {"ms"}; `done` is answered with {"maxRssMB"} and the child exits.
 */
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { renderPrintDocument } from '../../src/main/pdf/render-print-document'
import { warmUp } from '../../src/main/pdf/warm-up'
import { benchDocument } from '../lib/bench-documents'

const [kind, size] = process.argv.slice(2) as [string, string]
const fonts = join(import.meta.dirname, '..', '..', 'resources', 'fonts')
const { document, options } = benchDocument(kind, Number(size))
const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)

process.stdout.write('ready\n')
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'render') {
    const started = performance.now()
    const rendered = await renderPrintDocument(document, options, fonts)
    reply({ ms: performance.now() - started, pages: rendered.pages, bytes: rendered.bytes.length })
  } else if (line === 'warm') {
    const started = performance.now()
    await warmUp(fonts)
    reply({ ms: performance.now() - started })
  } else if (line === 'done') {
    reply({ maxRssMB: process.resourceUsage().maxRSS / 1024 })
    break
  }
}
process.exit(0)
