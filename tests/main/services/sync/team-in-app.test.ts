import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as Y from 'yjs'
import { openLiveSession } from '../../../../src/main/services/sync/live-session'
import { startSyncServer, type RunningSyncServer } from '../../../../src/main/services/sync/sync-server'
import { readTeamLink, readTeamState } from '../../../../src/main/services/sync/team-bundle'
import { rootOf } from '../../../../src/shared/sync/shared-workspace'
import type { SessionView } from '../../../../src/shared/ipc'
import type { TeamStatus } from '../../../../src/shared/sync/team-status'
import { WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../../../src/shared/workspace/commands'
import { createWorkspaceBundle } from '../../../../src/main/storage/workspace-store'
import { testServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'
import { ROOT, workspaceWith } from '../../../support/workspaces'

/** Three laptops running the real app services against one sync server on 127.0.0.1. */
const tempDir = useTempDirs()
const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

const WAIT = { timeout: 20_000, interval: 50 }

async function server(dataDir: string, port = 0): Promise<RunningSyncServer> {
  const running = await startSyncServer({ host: '127.0.0.1', port, dataDir })
  cleanup.push(() => running.stop())
  return running
}

type Laptop = Awaited<ReturnType<typeof laptop>>

async function laptop(dir: string, name: string) {
  const app = await testServices(join(dir, `${name}-app`))
  cleanup.push(() => app.session.dispose())
  await app.handlers.setPreferences({ displayName: name })
  const view = () => {
    const session = app.session.getSession()
    if (session.state !== 'open') throw new Error('no workspace open')
    return session.view
  }
  return {
    app,
    view,
    member: (id: string) => view().workspace.members.find((member) => member.id === id),
    apply(input: WorkspaceCommandInput, baseRevision = view().revision) {
      return app.session.applyCommand({ command: WorkspaceCommandSchema.parse(input), baseRevision })
    },
    status: () => app.session.teamStatus() as Extract<TeamStatus, { shared: true }>,
    upToDate: () => app.session.teamLink()!.upToDate()
  }
}

/** Anna shares a four-member workspace; Ben and Cara join it with her invitation. */
async function team(dir: string, serverUrl: string): Promise<[Laptop, Laptop, Laptop, string]> {
  const anna = await laptop(dir, 'Anna')
  const bundle = join(dir, 'Harbour.cluster')
  await createWorkspaceBundle(bundle, workspaceWith(4))
  await anna.app.session.openPath(bundle)
  const { invitation, status } = await anna.app.session.shareWithTeam({ server: serverUrl })
  expect(status).toMatchObject({ shared: true, server: serverUrl })
  const joined: Laptop[] = []
  for (const name of ['Ben', 'Cara']) {
    const other = await laptop(dir, name)
    other.app.answers.push(join(dir, `${name}.cluster`))
    const session: SessionView = await other.app.session.joinTeam({ invitation })
    expect(session.state).toBe('open')
    await other.upToDate()
    joined.push(other)
  }
  return [anna, joined[0]!, joined[1]!, invitation]
}

const cityOnDisk = async (bundle: string, id: string) =>
  (JSON.parse(await readFile(join(bundle, 'workspace.json'), 'utf8')) as { members: { id: string; city: string }[] }).members.find((m) => m.id === id)?.city

describe('team editing in the app', () => {
  it('carries a change by one laptop to the other two, saved to their workspace.json, with presence and "last edited by"', async () => {
    const dir = await tempDir('cw-team-app-')
    const running = await server(join(dir, 'server'))
    const [anna, ben, cara] = await team(dir, running.url)

    anna.apply({ type: 'member/update', id: 'm0', patch: { city: 'Bergen' } })
    for (const other of [ben, cara]) await vi.waitFor(() => expect(other.member('m0')?.city).toBe('Bergen'), WAIT)
    await vi.waitFor(async () => expect(await cityOnDisk(join(dir, 'Cara.cluster'), 'm0')).toBe('Bergen'), WAIT)
    // The page is told, as it is of an outside change.
    expect(ben.app.events.some(({ event, payload }) => event === 'onSessionChanged' && JSON.stringify(payload).includes('Bergen'))).toBe(true)
    await vi.waitFor(() => expect(ben.status().edits['m0']).toMatchObject({ name: 'Anna' }), WAIT)

    anna.app.session.setTeamPresence({ area: 'strategy', sectionId: 'intro' })
    await vi.waitFor(() => expect(cara.status().peers).toContainEqual({ name: 'Anna', area: 'strategy', sectionId: 'intro' }), WAIT)
    expect(cara.status().peers.map((peer) => peer.name).sort()).toEqual(['Anna', 'Ben'])
    await vi.waitFor(() => expect(anna.status()).toMatchObject({ state: 'up-to-date', waiting: 0 }), WAIT)
  })

  it("undoes only the person's own change, and applies a command built before a team change instead of refusing it", async () => {
    const dir = await tempDir('cw-team-app-')
    const running = await server(join(dir, 'server'))
    const [anna, ben] = await team(dir, running.url)

    const before = ben.view().revision
    ben.apply({ type: 'member/update', id: 'm1', patch: { city: 'Oslo' } })
    await vi.waitFor(() => expect(anna.member('m1')?.city).toBe('Oslo'), WAIT)
    anna.apply({ type: 'member/update', id: 'm2', patch: { city: 'Tromsø' } })
    await vi.waitFor(() => expect(ben.member('m2')?.city).toBe('Tromsø'), WAIT)

    // Built on the revision Ben's page had before Anna's change arrived: applied, not refused.
    expect(() => ben.apply({ type: 'member/update', id: 'm3', patch: { city: 'Molde' } }, before + 1)).not.toThrow()
    expect(ben.member('m3')?.city).toBe('Molde')

    ben.app.session.undo()
    expect(ben.member('m3')?.city).not.toBe('Molde')
    ben.app.session.undo()
    expect(ben.member('m1')?.city).not.toBe('Oslo')
    expect(ben.member('m2')?.city).toBe('Tromsø')
    await vi.waitFor(() => expect(anna.member('m1')?.city).not.toBe('Oslo'), WAIT)
    expect(anna.member('m2')?.city).toBe('Tromsø')
    expect(anna.view().canUndo).toBe(true)
  })

  it('keeps working while the server is down, and merges the edits of two laptops when it is back', async () => {
    const dir = await tempDir('cw-team-app-')
    const dataDir = join(dir, 'server')
    const first = await server(dataDir)
    const [anna, ben, cara] = await team(dir, first.url)

    await first.stop()
    await vi.waitFor(() => expect(anna.status().state).toBe('offline'), WAIT)
    anna.apply({ type: 'member/update', id: 'm1', patch: { city: 'Stavanger' } })
    ben.apply({ type: 'member/move', ids: ['m1'], to: 'academia', beforeId: null })
    ben.apply({ type: 'member/update', id: 'm2', patch: { city: 'Ålesund' } })
    expect(anna.status()).toMatchObject({ state: 'offline' })
    expect(anna.status().waiting).toBeGreaterThan(0)
    // Saved on each laptop meanwhile.
    await vi.waitFor(async () => expect(await cityOnDisk(join(dir, 'Harbour.cluster'), 'm1')).toBe('Stavanger'), WAIT)

    await server(dataDir, first.port)
    for (const laptop of [anna, ben, cara]) await vi.waitFor(() => expect(laptop.member('m1')).toMatchObject({ city: 'Stavanger', pillar: 'academia' }), WAIT)
    for (const laptop of [anna, cara]) await vi.waitFor(() => expect(laptop.member('m2')?.city).toBe('Ålesund'), WAIT)
    expect(cara.view().workspace.members).toEqual(anna.view().workspace.members)
  })

  it('opens a shared workspace connected, and Leave team keeps a private copy', async () => {
    const dir = await tempDir('cw-team-app-')
    const running = await server(join(dir, 'server'))
    const [anna, ben, , invitation] = await team(dir, running.url)
    expect(ben.app.session.teamInvitation()).toEqual({ invitation })

    // Reopened (as after a restart): connected again, and a change made meanwhile arrives.
    await ben.app.session.closeWorkspace()
    anna.apply({ type: 'member/update', id: 'm0', patch: { city: 'Narvik' } })
    await anna.upToDate()
    await ben.app.session.openPath(join(dir, 'Ben.cluster'))
    await vi.waitFor(() => expect(ben.member('m0')?.city).toBe('Narvik'), WAIT)

    await ben.app.session.leaveTeam()
    expect(ben.app.session.teamStatus()).toEqual({ shared: false })
    expect(await stat(join(dir, 'Ben.cluster', 'sync')).catch(() => null)).toBeNull()
    ben.apply({ type: 'member/update', id: 'm0', patch: { city: 'Kept here' } })
    anna.apply({ type: 'member/update', id: 'm1', patch: { city: 'Not sent' } })
    await anna.upToDate()
    expect(ben.member('m1')?.city).not.toBe('Not sent')
    expect(anna.member('m0')?.city).toBe('Narvik')
  })

  it('sends an imported PDF through the server: another laptop fetches and verifies it, and a tampered copy on the server is refused', async () => {
    const dir = await tempDir('cw-team-app-')
    const dataDir = join(dir, 'server')
    const running = await server(dataDir)
    const [anna, ben, cara] = await team(dir, running.url)
    await cara.app.session.closeWorkspace()

    const pdf = join(ROOT, 'tests', 'fixtures', 'pdf', 'two-pages.pdf')
    anna.app.answers.push(pdf)
    const imported = await anna.app.documents.importPdf({ droppedPath: null })
    if ('cancelled' in imported) throw new Error('expected an import')
    await vi.waitFor(() => expect(ben.view().workspace.library.resources).toHaveLength(1), WAIT)
    await vi.waitFor(async () => {
      await ben.app.session.teamLink()!.filesSettled()
      expect(Buffer.from((await ben.app.documents.read({ resourceId: imported.resourceId })).bytes)).toEqual(await readFile(pdf))
    }, WAIT)
    expect(ben.status().fileProblem).toBeNull()

    // Someone with access to the server's disk changes the stored bytes: Cara, opening her copy, refuses them.
    const [stored] = await readdir(join(dataDir, 'blobs', 'ws-test'))
    await writeFile(join(dataDir, 'blobs', 'ws-test', stored!), 'not the PDF that was shared')
    await cara.app.session.openPath(join(dir, 'Cara.cluster'))
    await vi.waitFor(() => expect(cara.view().workspace.library.resources).toHaveLength(1), WAIT)
    await vi.waitFor(async () => {
      await cara.app.session.teamLink()!.filesSettled()
      expect(cara.status().fileProblem).toMatch(/does not match its SHA-256/)
    }, WAIT)
    expect(await readdir(join(dir, 'Cara.cluster', 'attachments'))).toEqual([])
  })

  it('refuses a change from the team that would make the workspace invalid, says why, and keeps workspace.json', async () => {
    const dir = await tempDir('cw-team-app-')
    const running = await server(join(dir, 'server'))
    const [anna, ben] = await team(dir, running.url)
    const before = await readFile(join(dir, 'Ben.cluster', 'workspace.json'), 'utf8')

    // A broken client on the team writes a member without a name straight into the shared state.
    const rogue = await readTeamState(join(dir, 'Harbour.cluster'))
    const live = openLiveSession((await readTeamLink(join(dir, 'Harbour.cluster')))!, rogue)
    cleanup.push(() => live.close())
    await live.upToDate()
    const members = rootOf(rogue).get('members') as Y.Map<unknown>
    ;(members.get('items') as Y.Map<Y.Map<unknown>>).get('m0')!.set('name', '')
    await live.upToDate()

    await vi.waitFor(() => expect(ben.status()).toMatchObject({ state: 'refused', reason: expect.stringContaining('refused and not saved') }), WAIT)
    expect(ben.member('m0')?.name).not.toBe('')
    expect(await readFile(join(dir, 'Ben.cluster', 'workspace.json'), 'utf8')).toBe(before)
    expect(anna.status().state).toBe('refused')
  })

  it("merges a section text built before a teammate's change to it, instead of writing over that change", async () => {
    const dir = await tempDir('cw-team-app-')
    const running = await server(join(dir, 'server'))
    const [anna, ben] = await team(dir, running.url)
    const section = { id: 'vision', title: 'Vision', markdown: 'A blue harbour.\n\nGoals.' }
    anna.apply({ type: 'strategy/add-section', section })
    await vi.waitFor(() => expect(ben.view().workspace.strategy.sections).toHaveLength(1), WAIT)

    // Ben's page holds this revision while he types; Anna's change reaches main first.
    const bensPage = ben.view().revision
    anna.apply({ type: 'strategy/update-section', id: 'vision', patch: { markdown: 'A blue harbour.\n\nGoals: 40 members by 2028.' } })
    await vi.waitFor(() => expect(ben.view().workspace.strategy.sections[0]!.markdown).toContain('40 members'), WAIT)
    ben.apply({ type: 'strategy/update-section', id: 'vision', patch: { markdown: 'A blue, busy harbour.\n\nGoals.' } }, bensPage)

    const merged = 'A blue, busy harbour.\n\nGoals: 40 members by 2028.'
    expect(ben.view().workspace.strategy.sections[0]!.markdown).toBe(merged)
    await vi.waitFor(() => expect(anna.view().workspace.strategy.sections[0]!.markdown).toBe(merged), WAIT)
  })
})
