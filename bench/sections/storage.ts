import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileDurably } from '../../src/main/storage/durable-write'
import { prepareStoredMembersCheck } from '../../src/main/storage/stored-members-check'
import { readWorkspaceFile } from '../../src/main/storage/workspace-file'
import { serializeWorkspace } from '../../src/main/storage/workspace-serializer'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { applyCommand } from '../../src/shared/workspace/commands'
import type { Workspace } from '../../src/shared/workspace/schema'
import type { Row } from '../lib/report'
import { ms, summarize, time } from '../lib/stats'
import { syntheticWorkspace } from '../lib/synthetic'

/** Open (read, validate, migrate) and save after an edit (serialise, durable write with .bak) in plain Node. */
export async function storageBenchmark(reps: number) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-'))
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  // Once per process, the first open compiles the member check; timed here so the opens below do not hide it.
  const compileMs = prepareStoredMembersCheck()
  raw.memberCheckCompileMs = compileMs
  try {
    for (const count of [100, 1000, 10_000]) {
      const workspace = syntheticWorkspace(count)
      const bundle = join(dir, `w${count}.cluster`)
      await createWorkspaceBundle(bundle, workspace)
      const file = join(bundle, 'workspace.json')
      const open = summarize(await time(() => readWorkspaceFile(file), reps))
      const saveAs = (next: Workspace) => writeFileDurably(file, serializeWorkspace(next), { backupPath: `${file}.bak` })
      // The first save after opening encodes every member; later ones only what changed.
      const unsaved = Array.from({ length: Math.min(reps, 10) }, () => structuredClone(workspace))
      const firstSave = await time(() => saveAs(unsaved.pop()!), unsaved.length, 0)
      // Each save follows an edit, as in the app: one member renamed.
      let edited = workspace
      let edits = 0
      const save = summarize(
        await time(() => {
          const target = edited.members[edits++ % edited.members.length]!
          edited = applyCommand(edited, { type: 'member/update', id: target.id, patch: { name: `${target.name} (edited)`.slice(0, 200) } })
          return saveAs(edited)
        }, reps)
      )
      const size = (await stat(file)).size
      raw[`members-${count}`] = { open, save, firstSave: summarize(firstSave), bytes: size }
      const big = count === 10_000
      rows.push(
        { area: 'Workspace', measure: `open ${count.toLocaleString('en')} members, p50 / p95`, value: `${ms(open.p50)} / ${ms(open.p95)}`, ...(big ? { target: '≤ 100 ms', met: open.p95 <= 100 } : {}), note: `${(size / 1e6).toFixed(2)} MB${big ? `; the first open in a process also compiles the member check, ${ms(compileMs)}` : ''}` },
        { area: 'Workspace', measure: `save ${count.toLocaleString('en')} members, p50 / p95`, value: `${ms(save.p50)} / ${ms(save.p95)}`, ...(big ? { target: '≤ 50 ms p95', met: save.p95 <= 50 } : {}), note: `after a one-member edit: serialise + fsync + rename + .bak; first save after opening ${ms(summarize(firstSave).p50)}` }
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return { rows, raw }
}
