/**
 * Renders one benchmark document twice in a fresh process (cold, then warm) and prints JSON:
 * times, pages and the process's peak memory. A separate process so peak memory is the
 * render's own, not the benchmark runner's.
 */
import { join } from 'node:path'
import { renderPrintDocument } from '../../src/main/pdf/render-print-document'
import { benchDocument } from '../lib/bench-documents'

const [kind, size] = process.argv.slice(2) as [string, string]
const fonts = join(import.meta.dirname, '..', '..', 'resources', 'fonts')
const { document, options } = benchDocument(kind, Number(size))
let started = performance.now()
const cold = await renderPrintDocument(document, options, fonts)
const coldMs = performance.now() - started
started = performance.now()
const warm = await renderPrintDocument(document, options, fonts)
const warmMs = performance.now() - started
process.stdout.write(JSON.stringify({ coldMs, warmMs, pages: warm.pages, bytes: cold.bytes.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
