import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openLiveSession, type LiveSession } from '../../../../src/main/services/sync/live-session'
import { startSyncServer, type RunningSyncServer } from '../../../../src/main/services/sync/sync-server'
import { shareWorkspace } from '../../../../src/main/services/sync/sync-service'
import { readTeamLink, readTeamState } from '../../../../src/main/services/sync/team-bundle'
import { SharedWorkspace } from '../../../../src/shared/sync/shared-workspace'
import { createWorkspaceBundle } from '../../../../src/main/storage/workspace-store'
import { useTempDirs } from '../../../support/temp-dir'
import { workspaceWith } from '../../../support/workspaces'
import { run, view } from '../../../shared/sync/replicas'

/** Laptops that keep the workspace open: connected all along, through a server restart. */
const tempDir = useTempDirs()
const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function server(dataDir: string, port = 0): Promise<RunningSyncServer> {
  const running = await startSyncServer({ host: '127.0.0.1', port, dataDir })
  cleanup.push(() => running.stop())
  return running
}

async function laptop(bundle: string): Promise<{ replica: SharedWorkspace; session: LiveSession }> {
  const replica = new SharedWorkspace(await readTeamState(bundle))
  const session = openLiveSession((await readTeamLink(bundle))!, replica.doc)
  cleanup.push(() => session.close())
  await session.upToDate()
  return { replica, session }
}

describe('live sessions', () => {
  it('carry changes both ways and resume after the server is restarted mid-session', async () => {
    const dir = await tempDir('cw-live-')
    const dataDir = join(dir, 'server')
    const first = await server(dataDir)
    const bundle = join(dir, 'Harbour.cluster')
    await createWorkspaceBundle(bundle, workspaceWith(4))
    expect(await shareWorkspace(bundle, first.url, { snapshotsRoot: join(dir, 'snapshots') })).toMatchObject({ ok: true })
    const anna = await laptop(bundle)
    const ben = await laptop(bundle)

    run(anna.replica, { type: 'member/update', id: 'm0', patch: { city: 'Bergen' } })
    await vi.waitFor(() => expect(view(ben.replica).members[0]!.city).toBe('Bergen'), { timeout: 15_000 })

    await first.stop()
    await vi.waitFor(() => expect(anna.session.status().state).toBe('offline'), { timeout: 15_000 })
    run(anna.replica, { type: 'member/update', id: 'm1', patch: { city: 'Stavanger' } })
    run(ben.replica, { type: 'member/move', ids: ['m1'], to: 'academia', beforeId: null })
    expect(anna.session.status().state).toBe('offline')

    await server(dataDir, first.port)
    await anna.session.upToDate()
    await ben.session.upToDate()
    await vi.waitFor(() => expect(view(ben.replica)).toEqual(view(anna.replica)), { timeout: 15_000 })
    expect(view(anna.replica).members.find((m) => m.id === 'm1')).toMatchObject({ city: 'Stavanger', pillar: 'academia' })
  })

  it('say "offline" when opened while the server is away, and catch up once it is back', async () => {
    const dir = await tempDir('cw-live-away-')
    const dataDir = join(dir, 'server')
    const first = await server(dataDir)
    const bundle = join(dir, 'Harbour.cluster')
    await createWorkspaceBundle(bundle, workspaceWith(2))
    expect(await shareWorkspace(bundle, first.url, { snapshotsRoot: join(dir, 'snapshots') })).toMatchObject({ ok: true })
    await first.stop()

    const replica = new SharedWorkspace(await readTeamState(bundle))
    const session = openLiveSession((await readTeamLink(bundle))!, replica.doc)
    cleanup.push(() => session.close())
    await vi.waitFor(() => expect(session.status().state).toBe('offline'), { timeout: 15_000 })
    run(replica, { type: 'member/update', id: 'm0', patch: { city: 'Tromsø' } })

    await server(dataDir, first.port)
    await session.upToDate()
    const ben = await laptop(bundle)
    await vi.waitFor(() => expect(view(ben.replica).members[0]!.city).toBe('Tromsø'), { timeout: 15_000 })
  })
})
