/**
 * `npm run bench`: measures the app at and beyond real scale and writes bench/results/latest.md
 * and latest.json. Not a test: nothing here fails on a slow figure; the table says met or not.
 * Options: --quick (fewer repetitions), --only=storage,library,pdf,map,browser,editor,import.
 */
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_FLAGS, findChromium, HOW_TO_GET_ONE } from '../scripts/find-chromium.mjs'
import { serveRenderer } from '../tests/e2e/support/static-server'
import { browserBenchmark } from './sections/browser'
import { editorBenchmark } from './sections/editor'
import { librarySearchBenchmark } from './sections/library-search'
import { markdownBenchmark } from './sections/markdown'
import { memberImportBenchmark } from './sections/member-import'
import { pdfBenchmark } from './sections/pdf'
import { pillarMapBenchmark } from './sections/pillar-map'
import { storageBenchmark } from './sections/storage'
import { referenceTask } from './lib/reference-task'
import { machine, writeReport, type Row } from './lib/report'

const ROOT = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = new Set((args.find((arg) => arg.startsWith('--only='))?.slice(7) ?? 'storage,import,library,markdown,pdf,browser,editor,map').split(','))

const browserPath = findChromium().path
if (!browserPath) {
  console.error(HOW_TO_GET_ONE)
  process.exit(1)
}
if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
  console.error('Build the app first: npx electron-vite build')
  process.exit(1)
}

const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_FLAGS })
const server = await serveRenderer(join(ROOT, 'out', 'renderer'))
const workDir = await mkdtemp(join(tmpdir(), 'cw-bench-'))
const rows: Row[] = []
const raw: Record<string, unknown> = {}
// A fixed task timed before each section and at the end (see reference-task.ts). The browser
// sections run before the PDF one, which leaves this machine slower for minutes.
const sectionReference: Record<string, number> = {}

/** Runs one section if asked for (`--only`), after timing the reference task, and keeps its rows. */
async function section(name: string, rawKey: string, label: string, run: () => Promise<{ rows: Row[]; raw: unknown }>) {
  if (!only.has(name)) return
  console.log(label)
  sectionReference[name] = await referenceTask()
  const result = await run()
  rows.push(...result.rows)
  raw[rawKey] = result.raw
}

try {
  await section('storage', 'storage', 'Storage…', () => storageBenchmark(quick ? 10 : 40))
  await section('import', 'memberImport', 'Member import…', () => memberImportBenchmark(ROOT, quick ? 2 : 5, browser, server.origin))
  await section('library', 'librarySearch', 'Library search…', () => librarySearchBenchmark(ROOT, quick ? 10 : 30))
  await section('markdown', 'markdown', 'Hostile Markdown…', () => markdownBenchmark(quick ? 3 : 10))
  await section('map', 'pillarMap', 'Pillar map…', () => pillarMapBenchmark(browser, server.origin, workDir, quick ? 3 : 7, quick ? 3 : 20))
  await section('browser', 'browser', 'Browser…', () => browserBenchmark(browser, server.origin, workDir, quick ? 3 : 7))
  await section('editor', 'editor', 'Section editor…', () => editorBenchmark(browser, server.origin, workDir, quick ? 60 : 200))
  await section('pdf', 'pdf', 'PDF…', () =>
    pdfBenchmark(browser, [
      { kind: 'pillar-map', size: 1000, label: 'pillar map, 1,000 members' },
      { kind: 'pillar-map', size: 10_000, label: 'pillar map, 10,000 members' },
      { kind: 'directory', size: 1000, label: 'member directory, 1,000 members' },
      { kind: 'strategy', size: 10, label: 'strategy, about 10 pages' },
      { kind: 'strategy', size: 50, label: 'strategy, about 50 pages', target: { ratio: 1.5 }, firstAfterWarmUp: { ratio: 2 } },
      { kind: 'strategy', size: 200, label: 'strategy, about 200 pages', target: { ratio: 2 } }
    ])
  )
  const table = await writeReport(join(ROOT, 'bench', 'results'), machine(browser.version()), { sections: sectionReference, end: await referenceTask() }, rows, raw)
  console.log(`\n${table}\n\nWritten to bench/results/latest.md and latest.json`)
} finally {
  await server.close()
  await browser.close()
  await rm(workDir, { recursive: true, force: true })
}
