import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket, { WebSocketServer } from 'ws'
import { joinCommand, shareCommand, syncCommand } from '../../../../src/main/cli/sync-commands'
import { bundlePaths } from '../../../../src/main/storage/bundle'
import { readWorkspaceFile } from '../../../../src/main/storage/workspace-file'
import { createWorkspaceBundle, openWorkspaceBundle } from '../../../../src/main/storage/workspace-store'
import { startSyncServer, type RunningSyncServer } from '../../../../src/main/services/sync/sync-server'
import type * as Y from 'yjs'
import { exchangeWithServer } from '../../../../src/main/services/sync/sync-client'
import { readTeamLink, readTeamState, teamPaths } from '../../../../src/main/services/sync/team-bundle'
import { rootOf } from '../../../../src/shared/sync/shared-workspace'
import { applyCommand, WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../../../src/shared/workspace/commands'
import { useTempDirs } from '../../../support/temp-dir'
import { workspaceWith } from '../../../support/workspaces'

/** The sync server on 127.0.0.1 and laptops as workspace folders, driven through the CLI's functions. */
const tempDir = useTempDirs()
let dir: string
let server: RunningSyncServer
const servers: RunningSyncServer[] = []

async function startServer(port = 0) {
  server = await startSyncServer({ host: '127.0.0.1', port, dataDir: join(dir, 'server-data') })
  servers.push(server)
  return server
}

beforeEach(async () => {
  dir = await tempDir('cw-sync-')
  process.env.CLUSTER_WORKBENCH_DATA_DIR = join(dir, 'app-data')
  await startServer()
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((running) => running.stop()))
  delete process.env.CLUSTER_WORKBENCH_DATA_DIR
})

const load = async (bundle: string) => (await readWorkspaceFile(bundlePaths(bundle).workspaceFile)).workspace

/** An edit made while not syncing, as the app or another CLI command makes it: straight into workspace.json. */
async function editOffline(bundle: string, command: WorkspaceCommandInput) {
  const opened = await openWorkspaceBundle(bundle, { snapshotsRoot: join(dir, 'app-data', 'snapshots'), now: () => new Date(), onLockLost: () => undefined })
  try {
    await opened.save(applyCommand(opened.workspace, WorkspaceCommandSchema.parse(command)))
  } finally {
    await opened.close()
  }
}

async function sharedPair() {
  const anna = join(dir, 'Anna.cluster')
  await createWorkspaceBundle(anna, workspaceWith(5, 'Harbour Tech'))
  const shared = await shareCommand(anna, server.url)
  expect(shared).toMatchObject({ code: 0 })
  expect(shared.stdout!.split('\n')).toHaveLength(1)
  const joined = await joinCommand(shared.stdout!, join(dir, 'Ben'))
  expect(joined).toMatchObject({ code: 0 })
  return { anna, ben: join(dir, 'Ben.cluster'), invitation: shared.stdout! }
}

describe('team sync through the server on 127.0.0.1', () => {
  it('shares, joins and syncs: the joined copy equals the original', async () => {
    const { anna, ben, invitation } = await sharedPair()
    expect(invitation).toMatch(/^cluster-workbench-team ws:\/\/127\.0\.0\.1:\d+ ws-test [A-Za-z0-9_-]{43}$/)
    expect(await load(ben)).toEqual(await load(anna))
    expect(await syncCommand(ben)).toEqual({ code: 0, stdout: 'Up to date' })
  })

  it('merges offline edits of two laptops once both sync', async () => {
    const { anna, ben } = await sharedPair()
    await editOffline(anna, { type: 'member/update', id: 'm0', patch: { name: 'Harbour Robotics' } })
    await editOffline(ben, { type: 'member/move', ids: ['m0'], to: 'investors', beforeId: null })
    await editOffline(ben, { type: 'member/add', member: { id: 'new-ben', name: 'Bergen Ventures' } })
    expect(await syncCommand(anna)).toMatchObject({ code: 0 })
    expect(await syncCommand(ben)).toMatchObject({ code: 0, stdout: 'Up to date (sent local changes and received the team’s changes)' })
    expect(await syncCommand(anna)).toMatchObject({ code: 0 })
    const [a, b] = [await load(anna), await load(ben)]
    expect(a).toEqual(b)
    expect(a.members.find((m) => m.id === 'm0')).toMatchObject({ name: 'Harbour Robotics', pillar: 'investors' })
    expect(a.members.map((m) => m.id)).toContain('new-ben')
  })

  it('refuses a wrong token with a one-line reason and keeps the local file', async () => {
    const { ben } = await sharedPair()
    const team = JSON.parse(await readFile(teamPaths(ben).team, 'utf8'))
    await writeFile(teamPaths(ben).team, JSON.stringify({ ...team, token: 'x'.repeat(43) }))
    const before = await readFile(bundlePaths(ben).workspaceFile)
    const result = await syncCommand(ben)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^Not synced: the server refused this workspace's token/)
    expect(result.stderr!.split('\n')).toHaveLength(1)
    expect(await readFile(bundlePaths(ben).workspaceFile)).toEqual(before)
  })

  it('says so in one line when the server cannot be reached, and sends the edit at the next sync', async () => {
    const { anna, ben } = await sharedPair()
    const port = server.port
    await server.stop()
    servers.splice(servers.indexOf(server), 1)
    await editOffline(anna, { type: 'cluster/update', patch: { region: 'Vestland' } })
    const offline = await syncCommand(anna)
    expect(offline.code).toBe(1)
    expect(offline.stderr).toMatch(/^Not synced: .*127\.0\.0\.1/)
    await startServer(port)
    expect(await syncCommand(anna)).toMatchObject({ code: 0 })
    expect(await syncCommand(ben)).toMatchObject({ code: 0 })
    expect((await load(ben)).cluster.region).toBe('Vestland')
  })

  it('survives corrupted frames: the server stays up and the document intact', async () => {
    const { anna, invitation } = await sharedPair()
    const [, , id, token] = invitation.split(' ') as [string, string, string, string]
    const frames = [
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
      Buffer.from('not a yjs message at all'),
      // Authenticated properly, then a Sync "update" whose Yjs bytes are garbage.
      Buffer.concat([varString(id), Buffer.from([2, 0]), varString(token)]),
      Buffer.concat([varString(id), Buffer.from([0, 2, 8, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02, 0x03])]),
      Buffer.concat([varString(id), Buffer.from([0, 2, 200, 1]), Buffer.alloc(10, 0xff)])
    ]
    await sendRaw(server.url, frames)
    const joined = await joinCommand(invitation, join(dir, 'Carla'))
    expect(joined).toMatchObject({ code: 0 })
    expect(await load(join(dir, 'Carla.cluster'))).toEqual(await load(anna))
  })

  it('refuses an invalid change from the team and keeps workspace.json as it was', async () => {
    const { anna, ben } = await sharedPair()
    // A peer (a damaged or hostile client) sends a member without a name to the server.
    const doc = await readTeamState(ben)
    const members = rootOf(doc).get('members') as Y.Map<Y.Map<Y.Map<unknown>>>
    members.get('items')!.get('m2')!.set('name', '')
    expect(await exchangeWithServer((await readTeamLink(ben))!, doc)).toEqual({ ok: true })
    const before = await readFile(bundlePaths(anna).workspaceFile)
    const refused = await syncCommand(anna)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^Not synced: the team's changes were not saved to workspace.json: members\.2\.name/)
    expect(await readFile(bundlePaths(anna).workspaceFile)).toEqual(before)
    expect((await syncCommand(ben)).code).toBe(1)

    // Anna goes on editing; once someone repairs the member, her edit and the repair both land.
    await editOffline(anna, { type: 'cluster/update', patch: { sector: 'Ocean technology' } })
    expect((await syncCommand(anna)).code).toBe(1)
    members.get('items')!.get('m2')!.set('name', 'Repaired')
    expect(await exchangeWithServer((await readTeamLink(ben))!, doc)).toEqual({ ok: true })
    expect(await syncCommand(anna)).toMatchObject({ code: 0 })
    expect(await syncCommand(ben)).toMatchObject({ code: 0 })
    const merged = await load(ben)
    expect(merged.members[2]!.name).toBe('Repaired')
    expect(merged.cluster.sector).toBe('Ocean technology')
  })

  it('keeps the documents inside its data folder and refuses ids that name a path', async () => {
    const anna = join(dir, 'Anna.cluster')
    await createWorkspaceBundle(anna, { ...workspaceWith(1), id: 'ok-id' })
    expect(await shareCommand(anna, server.url)).toMatchObject({ code: 0 })
    const escape = await joinCommand(`cluster-workbench-team ${server.url} ..%2F..%2Fetc ${'t'.repeat(43)}`, join(dir, 'Eve'))
    expect(escape.code).toBe(1)
    await sendRaw(server.url, [Buffer.concat([varString('../../escaped'), Buffer.from([2, 0]), varString('t'.repeat(43))])])
    const stored = await readFile(join(dir, 'server-data', 'documents', 'ok-id.yjs'))
    expect(stored.length).toBeGreaterThan(0)
    await expect(readFile(join(dir, 'escaped.yjs'))).rejects.toThrow()
  })
})

function varString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length > 127) throw new Error('test ids are short')
  return Buffer.concat([Buffer.from([bytes.length]), bytes])
}

/** Sends frames on a raw WebSocket and waits until the server has answered or closed. */
function sendRaw(url: string, frames: Buffer[]): Promise<void> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url)
    socket.on('open', () => {
      for (const frame of frames) socket.send(frame)
      // A ping after the frames: its pong comes after the server has read them.
      socket.ping()
    })
    socket.on('pong', () => socket.close())
    socket.on('close', () => resolve())
    socket.on('error', () => resolve())
  })
}

describe('a broken or hostile server', () => {
  it('cannot crash a client with a malformed message: the sync fails with a one-line reason', async () => {
    const { ben } = await sharedPair()
    const before = await readFile(bundlePaths(ben).workspaceFile)
    const hostile = new WebSocketServer({ host: '127.0.0.1', port: 0 })
    await new Promise((resolve) => hostile.on('listening', resolve))
    hostile.on('connection', (socket) =>
      socket.on('message', () => {
        socket.send(Buffer.concat([varString('ws-test'), Buffer.from([0, 1, 20, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2, 3])]))
        socket.send(Buffer.from([0xff, 0xff, 0xff]))
      })
    )
    try {
      const team = JSON.parse(await readFile(teamPaths(ben).team, 'utf8'))
      await writeFile(teamPaths(ben).team, JSON.stringify({ ...team, server: `ws://127.0.0.1:${(hostile.address() as { port: number }).port}` }))
      const result = await syncCommand(ben)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/^Not synced: ws:\/\/127\.0\.0\.1:\d+ sent a message that cannot be read/)
      expect(await readFile(bundlePaths(ben).workspaceFile)).toEqual(before)
    } finally {
      hostile.close()
    }
  })
})
