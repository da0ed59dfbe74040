import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { benchDocument } from '../lib/bench-documents'
import { printDocumentToHtml } from '../lib/print-html'
import type { Row } from '../lib/report'
import { ms, percentile } from '../lib/stats'

/** Both sides render once cold, then this many times warm; the warm figure is their median. */
export const WARM_RUNS = 5

const ROOT = join(import.meta.dirname, '..', '..')

type Rendered = { coldMs: number; warmMs: number; pages: number; bytes: number; maxRssMB: number }

function renderInChild(kind: string, size: number): Rendered {
  const run = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', join('bench', 'child', 'render-pdf.ts'), kind, String(size), String(WARM_RUNS)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, NODE_ENV: 'production' } // as in the app's PDF worker (pdf-runner.ts)
  })
  if (run.status !== 0) throw new Error(`PDF benchmark child failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Rendered
}

/** Sum of resident memory over the Chromium processes (shared pages counted more than once, so an upper bound). */
function chromiumTreeRssMB(): number {
  try {
    const lines = execFileSync('ps', ['-eo', 'rss=,comm='], { encoding: 'utf8' }).split('\n')
    return lines.filter((line) => /chrom/i.test(line)).reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0]), 0) / 1024
  } catch {
    return Number.NaN
  }
}

async function chromiumPdf(browser: Browser, kind: string, size: number) {
  const { document, options } = benchDocument(kind, size)
  const html = printDocumentToHtml(document, options)
  const page = await browser.newPage()
  const times: number[] = []
  let peak = 0
  for (let run = 0; run < 1 + WARM_RUNS; run += 1) {
    const sampler = setInterval(() => (peak = Math.max(peak, chromiumTreeRssMB())), 50)
    const started = performance.now()
    await page.setContent(html)
    await page.pdf({ format: options.size, landscape: options.orientation === 'landscape', displayHeaderFooter: true, headerTemplate: '<div></div>', footerTemplate: '<div style="font-size:8px;width:100%;text-align:right;margin-right:20mm">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>' })
    times.push(performance.now() - started)
    clearInterval(sampler)
  }
  await page.close()
  return { coldMs: times[0]!, warmMs: percentile(times.slice(1), 50), peakTreeMB: peak }
}

export type PdfCase = { kind: string; size: number; label: string; target?: { ratio: number } }

/** react-pdf (ours) against Chromium printing the same content, in the same run; the ratio is the headline. */
export async function pdfBenchmark(browser: Browser, cases: PdfCase[]) {
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  for (const item of cases) {
    const ours = renderInChild(item.kind, item.size)
    const chrome = await chromiumPdf(browser, item.kind, item.size)
    const ratio = ours.warmMs / chrome.warmMs
    raw[`${item.kind}-${item.size}`] = { ours, chromium: chrome, ratio }
    rows.push({
      area: 'PDF',
      measure: `${item.label}: ours vs Chromium page.pdf (warm)`,
      value: `${ms(ours.warmMs)} vs ${ms(chrome.warmMs)} = ${ratio.toFixed(2)}×; ${ours.pages} pages; peak ${Math.round(ours.maxRssMB)} MB (Chromium tree ≤ ${Math.round(chrome.peakTreeMB)} MB)`,
      note: `cold ${ms(ours.coldMs)} vs ${ms(chrome.coldMs)}`,
      ...(item.target ? { target: `≤ ${item.target.ratio}× Chromium`, met: ratio <= item.target.ratio } : {})
    })
  }
  // Linear growth: a 200-page strategy should cost no more than 4.5 times a 50-page one.
  const time = (size: number) => (raw[`strategy-${size}`] as { ours: Rendered } | undefined)?.ours.warmMs
  const [fifty, twoHundred] = [time(50), time(200)]
  if (fifty && twoHundred) {
    const growth = twoHundred / fifty
    rows.push({ area: 'PDF', measure: 'strategy, 200 pages against 50 pages (ours, warm)', value: `${growth.toFixed(2)}×`, target: '≤ 4.5×', met: growth <= 4.5 })
  }
  return { rows, raw }
}
