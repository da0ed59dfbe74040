#!/usr/bin/env node
// Dependency audit of what ships. First the Electron runtime, offline, against the checked-in
// advisory list (electron is a devDependency, so npm's audit of production dependencies never
// sees it): a known vulnerable version fails. Then npm's audit of production dependencies:
// fails on a high or critical advisory. npm's advisory service is a POST endpoint; where a proxy
// or firewall refuses it, that part cannot run, and this says so plainly.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { advisoriesFor, daysSinceReview, lockedElectron } from './electron-advisories.mjs'

const advisoryList = JSON.parse(readFileSync(new URL('../security/electron-advisories.json', import.meta.url), 'utf8'))
const lock = JSON.parse(readFileSync(process.env.AUDIT_LOCKFILE ?? 'package-lock.json', 'utf8'))
const electron = lockedElectron(lock)
if (!electron) {
  console.log('Electron audit: no electron in the lockfile, so the shipped runtime cannot be checked.')
  process.exit(1)
}
const known = advisoriesFor(electron, advisoryList)
const age = daysSinceReview(advisoryList)
console.log(`Electron audit: ${electron} against ${advisoryList.advisories.length} known advisories (list reviewed ${advisoryList.reviewed}, ${age} days ago): ${known.length} apply.`)
for (const advisory of known) console.log(`  ${advisory.severity}\t${advisory.id}\t${advisory.summary}`)
if (age > 90) console.log('  The advisory list is over 90 days old: compare it with https://github.com/electron/electron/security/advisories and update it.')
if (known.length > 0) process.exit(1)

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = null
}
if (!report || report.error || report.message) {
  const reason = report?.message ?? report?.error?.summary ?? (run.stderr.trim().split('\n').at(-1) || 'no answer')
  console.log(`Dependency audit: skipped, the advisory service could not be reached (${reason}). Run \`npm run audit\` where it can.`)
  process.exit(0)
}
const counts = report.metadata?.vulnerabilities ?? {}
const blocking = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(`Dependency audit (production): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`)
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
  if (entry.severity === 'high' || entry.severity === 'critical') console.log(`  ${entry.severity}\t${name}\t${entry.range ?? ''}`)
}
process.exit(blocking > 0 ? 1 : 0)
