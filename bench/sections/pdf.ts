import { execFileSync, spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Browser } from '@playwright/test'
import { benchDocument } from '../lib/bench-documents'
import { printDocumentToHtml, printTemplates } from '../lib/print-html'
import type { Row } from '../lib/report'
import { ms, percentile } from '../lib/stats'

/**
 * Both sides render once cold (timed), then WARM_UP times untimed, then WARM_RUNS times timed,
 * taking turns; the warm figure is the median of those. Warm-up because a JIT-compiled renderer
 * (ours runs in V8) keeps getting faster over its first half-dozen renders (50-page strategy on
 * 2026-12-01: 1,000, 600, 420, 380, 350, then 330 to 350 ms), while Chromium's compiled code is
 * warm after one: without it the "warm" median read our third to fifth render.
 */
export const WARM_UP = 3
export const WARM_RUNS = 5

const ROOT = join(import.meta.dirname, '..', '..')

type Side = { coldMs: number; warmMs: number; runsMs: number[] }
type Rendered = Side & { pages: number; bytes: number; maxRssMB: number }

/** Our renderer in a child process (bench/child/render-pdf.ts), rendering when asked. */
async function startRenderChild(kind: string, size: number) {
  const child = spawn('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', join('bench', 'child', 'render-pdf.ts'), kind, String(size)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' }, // as in the app's PDF worker (pdf-runner.ts)
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const nextLine = async () => {
    const { value, done } = await lines.next()
    if (done) throw new Error(`PDF benchmark child for ${kind} ${size} ended early`)
    return value as string
  }
  if ((await nextLine()) !== 'ready') throw new Error('PDF benchmark child did not start')
  const ask = async <T>(command: string): Promise<T> => {
    child.stdin.write(`${command}\n`)
    return JSON.parse(await nextLine()) as T
  }
  return {
    render: () => ask<{ ms: number; pages: number; bytes: number }>('render'),
    warm: () => ask<{ ms: number }>('warm'),
    finish: () => ask<{ maxRssMB: number }>('done'),
    /** Ends the child if a render failed; its open pipes would otherwise keep the benchmark running. */
    stop: () => child.kill()
  }
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

/** Chromium printing the same content to PDF in a page of its own; returns one render's time. */
async function startChromiumPrinter(browser: Browser, kind: string, size: number) {
  const { document, options } = benchDocument(kind, size)
  const html = printDocumentToHtml(document, options)
  const templates = printTemplates(document, options)
  const page = await browser.newPage()
  let peakTreeMB = 0
  return {
    async render() {
      const sampler = setInterval(() => (peakTreeMB = Math.max(peakTreeMB, chromiumTreeRssMB())), 50)
      const started = performance.now()
      await page.setContent(html)
      await page.pdf({ format: options.size, landscape: options.orientation === 'landscape', displayHeaderFooter: true, ...templates })
      clearInterval(sampler)
      return performance.now() - started
    },
    async finish() {
      await page.close()
      return { peakTreeMB }
    }
  }
}

/** Cold and warm renders of both sides, alternating, so a slower minute on this machine slows both. */
async function renderBoth(browser: Browser, kind: string, size: number) {
  const ours = await startRenderChild(kind, size)
  try {
    const chromium = await startChromiumPrinter(browser, kind, size)
    const ourTimes: number[] = []
    const chromiumTimes: number[] = []
    let last = { ms: 0, pages: 0, bytes: 0 }
    for (let run = 0; run < 1 + WARM_UP + WARM_RUNS; run += 1) {
      last = await ours.render()
      ourTimes.push(last.ms)
      chromiumTimes.push(await chromium.render())
    }
    const side = (times: number[]): Side => ({ coldMs: times[0]!, warmMs: percentile(times.slice(1 + WARM_UP), 50), runsMs: times.map(Math.round) })
    const rendered: Rendered = { ...side(ourTimes), pages: last.pages, bytes: last.bytes, ...(await ours.finish()) }
    return { ours: rendered, chrome: { ...side(chromiumTimes), ...(await chromium.finish()) } }
  } finally {
    ours.stop()
  }
}

export type PdfCase = { kind: string; size: number; label: string; target?: { ratio: number }; firstAfterWarmUp?: { ratio: number } }

/** A fresh renderer as the app has it when idle: warmed up (untimed), then the session's first export, timed. */
async function firstAfterWarmUp(kind: string, size: number) {
  const child = await startRenderChild(kind, size)
  try {
    const warm = await child.warm()
    const first = await child.render()
    await child.finish()
    return { warmUpMs: warm.ms, firstMs: first.ms }
  } finally {
    child.stop()
  }
}

/** react-pdf (ours) against Chromium printing the same content, in the same run; the ratio is the headline. */
export async function pdfBenchmark(browser: Browser, cases: PdfCase[]) {
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  for (const item of cases) {
    const { ours, chrome } = await renderBoth(browser, item.kind, item.size)
    const ratio = ours.warmMs / chrome.warmMs
    raw[`${item.kind}-${item.size}`] = { ours, chromium: chrome, ratio }
    rows.push({
      area: 'PDF',
      measure: `${item.label}: ours vs Chromium page.pdf (warm: median of ${WARM_RUNS} renders after ${WARM_UP} to warm up)`,
      value: `${ms(ours.warmMs)} vs ${ms(chrome.warmMs)} = ${ratio.toFixed(2)}×; ${ours.pages} pages; peak ${Math.round(ours.maxRssMB)} MB (Chromium tree ≤ ${Math.round(chrome.peakTreeMB)} MB)`,
      note: `cold ${ms(ours.coldMs)} vs ${ms(chrome.coldMs)}`,
      ...(item.target ? { target: `≤ ${item.target.ratio}× Chromium`, met: ratio <= item.target.ratio } : {})
    })
    if (item.firstAfterWarmUp) {
      // The session's first export, on a worker the app warmed up while idle, against Chromium's cold page.pdf.
      const first = await firstAfterWarmUp(item.kind, item.size)
      const firstRatio = first.firstMs / chrome.coldMs
      raw[`${item.kind}-${item.size}-first`] = { ...first, chromiumColdMs: chrome.coldMs, ratio: firstRatio }
      rows.push({
        area: 'PDF',
        measure: `${item.label}: the first export of a session, after the idle warm-up, vs Chromium's cold page.pdf`,
        value: `${ms(first.firstMs)} vs ${ms(chrome.coldMs)} = ${firstRatio.toFixed(2)}×`,
        note: `warm-up ${ms(first.warmUpMs)}, done while the app is idle; without it the first export took ${ms(ours.coldMs)} (${(ours.coldMs / chrome.coldMs).toFixed(2)}×)`,
        target: `≤ ${item.firstAfterWarmUp.ratio}× Chromium`,
        met: firstRatio <= item.firstAfterWarmUp.ratio
      })
    }
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
