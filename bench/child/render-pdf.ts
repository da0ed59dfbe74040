/**
 * Renders one benchmark document in a fresh process, cold and then warm (median of the warm runs),
 * and prints JSON: times, pages and the process's peak memory. A separate process so peak memory is the
 * render's own, not the benchmark runner's.
 */
import { join } from 'node:path'
import { renderPrintDocument } from '../../src/main/pdf/render-print-document'
import { benchDocument } from '../lib/bench-documents'
import { percentile } from '../lib/stats'

const [kind, size, warmRuns] = process.argv.slice(2) as [string, string, string | undefined]
const fonts = join(import.meta.dirname, '..', '..', 'resources', 'fonts')
const { document, options } = benchDocument(kind, Number(size))
let started = performance.now()
const cold = await renderPrintDocument(document, options, fonts)
const coldMs = performance.now() - started
let warm = cold
const warmTimes: number[] = []
for (let run = 0; run < Number(warmRuns ?? 1); run += 1) {
  started = performance.now()
  warm = await renderPrintDocument(document, options, fonts)
  warmTimes.push(performance.now() - started)
}
const warmMs = percentile(warmTimes, 50)
process.stdout.write(JSON.stringify({ coldMs, warmMs, pages: warm.pages, bytes: cold.bytes.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
