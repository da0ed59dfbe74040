import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { syncCommand } from '../../../../src/main/cli/sync-commands'
import { startSyncServer, type RunningSyncServer } from '../../../../src/main/services/sync/sync-server'
import { joinWorkspace, shareWorkspace } from '../../../../src/main/services/sync/sync-service'
import { readTeamState } from '../../../../src/main/services/sync/team-bundle'
import { bundlePaths } from '../../../../src/main/storage/bundle'
import { readWorkspaceFile } from '../../../../src/main/storage/workspace-file'
import { createWorkspaceBundle, openWorkspaceBundle } from '../../../../src/main/storage/workspace-store'
import { projectWorkspace } from '../../../../src/shared/sync/shared-workspace'
import { useTempDirs } from '../../../support/temp-dir'
import { workspaceWith } from '../../../support/workspaces'

/** `sync` killed with SIGKILL at random moments: the bundle stays usable and no edit is lost. */
const KILLS = 4
let kills = 0
const tempDir = useTempDirs()
let server: RunningSyncServer | null = null
afterEach(async () => {
  await server?.stop()
  delete process.env.CLUSTER_WORKBENCH_DATA_DIR
})

function syncAndKill(bundle: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'sync-child.ts'), bundle], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return
      if (afterMs === 0) child.kill('SIGKILL')
      else setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      kills += signal === 'SIGKILL' ? 1 : 0
      if (code) reject(new Error(`sync child failed (${code}): ${stderr}`))
      else resolve()
    })
  })
}

/** A killed sync leaves its lock until it goes stale (15 s), as a crashed app does. */
function openWritable(bundle: string, snapshotsRoot: string) {
  return vi.waitFor(
    async () => {
      const attempt = await openWorkspaceBundle(bundle, { snapshotsRoot, now: () => new Date(), onLockLost: () => undefined })
      if (!attempt.readOnlyReason) return attempt
      await attempt.close()
      throw new Error(attempt.readOnlyReason)
    },
    { timeout: 30_000, interval: 500 }
  )
}

describe('a client killed mid-sync', () => {
  it('leaves workspace.json and state.yjs whole, and the next sync sends every edit', async () => {
    const dir = await tempDir('cw-sync-kill-')
    process.env.CLUSTER_WORKBENCH_DATA_DIR = join(dir, 'app-data')
    server = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir: join(dir, 'server') })
    const deps = { snapshotsRoot: join(dir, 'snapshots') }
    const anna = join(dir, 'Anna.cluster')
    await createWorkspaceBundle(anna, workspaceWith(300))
    const shared = await shareWorkspace(anna, server.url, deps)
    if (!shared.ok) throw new Error(shared.reason)

    for (let kill = 0; kill < KILLS; kill += 1) {
      const opened = await openWritable(anna, deps.snapshotsRoot)
      await opened.save({ ...opened.workspace, members: [...opened.workspace.members, { ...opened.workspace.members[0]!, id: `added-${kill}`, name: `Added ${kill}` }] })
      await opened.close()
      // The first kill lands right after start-up so at least one always interrupts a sync.
      await syncAndKill(anna, kill === 0 ? 0 : Math.random() * 200)
      await readWorkspaceFile(bundlePaths(anna).workspaceFile) // throws if torn or invalid
      expect(projectWorkspace(await readTeamState(anna)).ok).toBe(true)
    }

    expect(kills).toBeGreaterThan(0)
    await (await openWritable(anna, deps.snapshotsRoot)).close()
    expect(await syncCommand(anna)).toMatchObject({ code: 0 })
    const joined = await joinWorkspace(shared.invitation, join(dir, 'Ben'), deps)
    if (!joined.ok) throw new Error(joined.reason)
    const ids = (await readWorkspaceFile(bundlePaths(joined.bundle).workspaceFile)).workspace.members.map((m) => m.id)
    for (let kill = 0; kill < KILLS; kill += 1) expect(ids).toContain(`added-${kill}`)
  }, 240_000)
})
