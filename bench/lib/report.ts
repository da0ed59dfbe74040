import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { freshMemoryCost } from './reference-task'
import { ms } from './stats'

export type Row = { area: string; measure: string; value: string; target?: string; met?: boolean | null; note?: string }

export function machine(chromiumVersion: string | null) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    os: (() => {
      try {
        return execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim()
      } catch {
        return process.platform
      }
    })(),
    freshMemoryMsPerMB: Number(freshMemoryCost().toFixed(2)),
    date: new Date().toISOString()
  }
}

/** Writes bench/results/latest.json and latest.md (the table the README quotes). */
export type Reference = { sections: Record<string, number>; end: number }

export async function writeReport(dir: string, info: ReturnType<typeof machine>, reference: Reference, rows: Row[], raw: unknown) {
  await mkdir(dir, { recursive: true })
  const verdict = (row: Row) => (row.met === undefined || row.met === null ? '' : row.met ? 'met' : '**not met**')
  const lines = [
    `Measured ${info.date.slice(0, 16).replace('T', ' ')} UTC on ${info.cpus} × ${info.cpuModel}, ${info.memoryGiB} GiB, ${info.os}; Node ${info.node}; Chromium ${info.chromium ?? 'n/a'}; fresh memory costs ${info.freshMemoryMsPerMB} ms per MB to touch first (page faults).`,
    `Reference task (JSON round trip of 2,000 members, p50), to compare runs on a shared machine: ${Object.entries(reference.sections).map(([section, value]) => `${ms(value)} before ${section}`).join(', ')}, ${ms(reference.end)} at the end.`,
    '',
    '| Area | Measure | Result | Target | Verdict |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.area} | ${row.measure}${row.note ? ` (${row.note})` : ''} | ${row.value} | ${row.target ?? ''} | ${verdict(row)} |`)
  ]
  await writeFile(join(dir, 'latest.md'), `${lines.join('\n')}\n`)
  await writeFile(join(dir, 'latest.json'), `${JSON.stringify({ machine: info, reference, rows, raw }, null, 2)}\n`)
  return lines.join('\n')
}
