#!/usr/bin/env node
// Dependency audit of what ships (production dependencies only): fails on a high or critical
// advisory. npm's advisory service is a POST endpoint; where a proxy or firewall refuses it,
// the audit cannot run, and this says so plainly instead of passing silently or failing the build.
import { spawnSync } from 'node:child_process'

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
