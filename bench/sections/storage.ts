import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileDurably } from '../../src/main/storage/durable-write'
import { readWorkspaceFile, serializeWorkspace } from '../../src/main/storage/workspace-file'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import type { Row } from '../lib/report'
import { ms, summarize, time } from '../lib/stats'
import { syntheticWorkspace } from '../lib/synthetic'

/** Open (read, validate, migrate) and save (serialise, durable write with .bak) in plain Node. */
export async function storageBenchmark(reps: number) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-'))
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  try {
    for (const count of [100, 1000, 10_000]) {
      const workspace = syntheticWorkspace(count)
      const bundle = join(dir, `w${count}.cluster`)
      await createWorkspaceBundle(bundle, workspace)
      const file = join(bundle, 'workspace.json')
      const open = summarize(await time(() => readWorkspaceFile(file), reps))
      const save = summarize(await time(() => writeFileDurably(file, serializeWorkspace(workspace), { backupPath: `${file}.bak` }), reps))
      const size = (await stat(file)).size
      raw[`members-${count}`] = { open, save, bytes: size }
      const big = count === 10_000
      rows.push(
        { area: 'Workspace', measure: `open ${count.toLocaleString('en')} members, p50 / p95`, value: `${ms(open.p50)} / ${ms(open.p95)}`, ...(big ? { target: '≤ 100 ms', met: open.p95 <= 100 } : {}), note: `${(size / 1e6).toFixed(2)} MB` },
        { area: 'Workspace', measure: `save ${count.toLocaleString('en')} members, p50 / p95`, value: `${ms(save.p50)} / ${ms(save.p95)}`, ...(big ? { target: '≤ 50 ms p95', met: save.p95 <= 50 } : {}), note: 'serialise + fsync + rename + .bak' }
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return { rows, raw }
}
