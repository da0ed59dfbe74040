#!/usr/bin/env node
// `npm test`: everything that proves the app works, in order, stopping at the first failure.
// Ends with one plain line, "Summary: N passed, N failed, N skipped", for people and CI alike.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { electronBinaryStatus } from './electron-binary.mjs'
import { findChromium, HOW_TO_GET_ONE } from './find-chromium.mjs'

const VITEST_JSON = '.vitest-results.json'
const PLAYWRIGHT_JSON = '.playwright-results.json'
const totals = { passed: 0, failed: 0, skipped: 0 }

function step(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' })
  return result.status === 0
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function countVitest() {
  const report = readJson(VITEST_JSON)
  if (!report) return
  totals.passed += report.numPassedTests ?? 0
  totals.failed += report.numFailedTests ?? 0
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}

function countPlaywright() {
  const stats = readJson(PLAYWRIGHT_JSON)?.stats
  if (!stats) return
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  totals.failed += stats.unexpected ?? 0
  totals.skipped += stats.skipped ?? 0
}

function finish(ok, note) {
  if (note) console.log(`\n${note}`)
  const electron = electronBinaryStatus()
  if (!electron.available) console.log(`\nElectron suite: skipped — ${electron.reason}.`)
  console.log(`\nSummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(ok ? 0 : 1)
}

for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true })

if (!step('Typecheck (shared, main + preload, renderer, tests)', 'npm', ['run', '-s', 'typecheck'])) finish(false, 'Typecheck failed.')
if (!step('Lint (including the layer rules)', 'npm', ['run', '-s', 'lint'])) finish(false, 'Lint failed.')
if (!step('Dependency audit (production dependencies)', 'node', ['scripts/audit.mjs'])) finish(false, 'The dependency audit found high or critical advisories.')

// The main-process harness boots the built out/main, so the build comes before the unit tests.
if (!step('Build (electron-vite)', 'npx', ['electron-vite', 'build'])) finish(false, 'Build failed.')

const unitOk = step('Unit, service, main-process and crash tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`])
countVitest()
if (!unitOk) finish(false, 'Unit tests failed.')

if (!step('Security scan (Electronegativity, on the sources and the build)', 'node', ['scripts/electronegativity-gate.cjs', 'src', 'out'])) {
  finish(false, 'The security scan found problems (see above).')
}

const chromium = findChromium()
if (!chromium.path) finish(false, `${HOW_TO_GET_ONE}\n(${chromium.source})`)
console.log(`\nBrowser for end-to-end tests: ${chromium.path} (${chromium.source})`)

const e2eOk = step('End-to-end tests (Playwright: Chromium with the real services; Electron where installed)', 'npx', ['playwright', 'test'])
countPlaywright()
finish(e2eOk, e2eOk ? null : 'End-to-end tests failed.')
