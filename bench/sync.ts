/**
 * `npx tsx --tsconfig tsconfig.tests.json bench/sync.ts [--members=10000]`: team sync figures on
 * loopback. Not a test: prints a table for docs/team-sync.md, fails on nothing.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { openLiveSession } from '../src/main/services/sync/live-session'
import { startSyncServer } from '../src/main/services/sync/sync-server'
import { joinWorkspace, shareWorkspace, syncWorkspace } from '../src/main/services/sync/sync-service'
import { readTeamLink, readTeamState, teamPaths } from '../src/main/services/sync/team-bundle'
import { createWorkspaceBundle } from '../src/main/storage/workspace-store'
import { SharedWorkspace } from '../src/shared/sync/shared-workspace'
import { WorkspaceCommandSchema } from '../src/shared/workspace/commands'
import { ms, summarize } from './lib/stats'
import { syntheticWorkspace } from './lib/synthetic'

const count = Number(process.argv.find((arg) => arg.startsWith('--members='))?.slice(10) ?? 10_000)
const CHANGES = 40
const dir = await mkdtemp(join(tmpdir(), 'cw-sync-bench-'))
const server = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir: join(dir, 'server') })
const deps = { snapshotsRoot: join(dir, 'snapshots') }
const elapsed = async <T>(fn: () => Promise<T>) => {
  const started = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - started }
}
const rows: [string, string][] = []

try {
  const anna = join(dir, 'Anna.cluster')
  await createWorkspaceBundle(anna, syntheticWorkspace(count))
  const shared = await elapsed(() => shareWorkspace(anna, server.url, deps))
  if (!shared.value.ok) throw new Error(shared.value.reason)
  rows.push([`share (upload) ${count} members`, ms(shared.ms)])
  const joined = await elapsed(() => joinWorkspace(shared.value.ok ? shared.value.invitation : '', join(dir, 'Ben'), deps))
  if (!joined.value.ok) throw new Error(joined.value.reason)
  rows.push([`join ${count} members (download, validate, write bundle)`, ms(joined.ms)])
  const noop = await elapsed(() => syncWorkspace(join(dir, 'Ben.cluster'), deps))
  rows.push(['sync with nothing to exchange', ms(noop.ms)])
  const json = (await stat(join(anna, 'workspace.json'))).size
  const state = (await stat(teamPaths(anna).state)).size
  rows.push(['workspace.json / sync/state.yjs', `${(json / 1e6).toFixed(2)} MB / ${(state / 1e6).toFixed(2)} MB (×${(state / json).toFixed(2)})`])

  // One writer and four laptops with the workspace open: time from the writer's transaction to each reader's doc.
  const link = (await readTeamLink(anna))!
  const heapBefore = process.memoryUsage().heapUsed
  const laptops = await Promise.all(Array.from({ length: 5 }, async () => {
    const replica = new SharedWorkspace(await readTeamState(anna))
    const session = openLiveSession(link, replica.doc)
    await session.upToDate()
    return { replica, session }
  }))
  rows.push(['heap per open shared workspace (approx.)', `${((process.memoryUsage().heapUsed - heapBefore) / 5 / 1e6).toFixed(0)} MB`])
  const [writer, ...readers] = laptops as [(typeof laptops)[number], ...typeof laptops]
  const applyTimes: number[] = []
  const reach: number[] = []
  for (let change = 0; change < CHANGES; change += 1) {
    const arrived = readers.map(({ replica }) => new Promise<number>((resolve) => {
      const onUpdate = (_update: Uint8Array, origin: unknown) => {
        if (origin === replica.origin) return
        replica.doc.off('update', onUpdate)
        resolve(performance.now())
      }
      replica.doc.on('update', onUpdate)
    }))
    const command = WorkspaceCommandSchema.parse({ type: 'member/update', id: `m${change * 7}`, patch: { city: `City ${change}` } })
    const started = performance.now()
    writer.replica.apply(command)
    const applied = performance.now()
    applyTimes.push(applied - started)
    for (const at of await Promise.all(arrived)) reach.push(at - applied)
  }
  const apply = summarize(applyTimes)
  const spread = summarize(reach)
  rows.push([`one command as a Yjs transaction (project + diff), ${count} members`, `p50 ${ms(apply.p50)}, p95 ${ms(apply.p95)}`])
  rows.push([`change reaching 4 other laptops on loopback (${CHANGES} changes)`, `p50 ${ms(spread.p50)}, p95 ${ms(spread.p95)}`])
  for (const { session } of laptops) session.close()
  const update = Y.encodeStateAsUpdate(writer.replica.doc)
  rows.push(['state after the changes', `${(update.length / 1e6).toFixed(2)} MB`])
} finally {
  await server.stop()
  await rm(dir, { recursive: true, force: true })
}
console.log(`| Team sync (${count} members) | |\n|---|---|\n${rows.map(([what, figure]) => `| ${what} | ${figure} |`).join('\n')}`)
