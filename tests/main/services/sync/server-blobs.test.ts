import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startSyncServer, type RunningSyncServer } from '../../../../src/main/services/sync/sync-server'
import { shareWorkspace } from '../../../../src/main/services/sync/sync-service'
import { readTeamLink } from '../../../../src/main/services/sync/team-bundle'
import { TEAM_BLOB_LIMIT_BYTES } from '../../../../src/shared/sync/team-status'
import { createWorkspaceBundle } from '../../../../src/main/storage/workspace-store'
import { useTempDirs } from '../../../support/temp-dir'
import { workspaceWith } from '../../../support/workspaces'

/** The sync server's file store, spoken to directly over HTTP as a hostile client would. */
const tempDir = useTempDirs()
const servers: RunningSyncServer[] = []
afterEach(async () => {
  for (const running of servers.splice(0)) await running.stop()
})

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

async function sharedServer() {
  const dir = await tempDir('cw-blobs-')
  const dataDir = join(dir, 'server')
  const running = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir })
  servers.push(running)
  const bundle = join(dir, 'Harbour.cluster')
  await createWorkspaceBundle(bundle, workspaceWith(1))
  await shareWorkspace(bundle, running.url, { snapshotsRoot: join(dir, 'snapshots') })
  const link = (await readTeamLink(bundle))!
  const base = `${running.url.replace('ws://', 'http://')}/blobs/${link.workspaceId}`
  const auth = { Authorization: `Bearer ${link.token}` }
  return { dataDir, base, auth }
}

describe("the sync server's file store", () => {
  it('stores a file under its SHA-256 for the token holder and serves it back', async () => {
    const { base, auth } = await sharedServer()
    const body = 'a small PDF stand-in, Æøå'
    expect((await fetch(`${base}/${sha(body)}`, { method: 'HEAD', headers: auth })).status).toBe(404)
    expect((await fetch(`${base}/${sha(body)}`, { method: 'PUT', headers: auth, body })).status).toBe(201)
    const back = await fetch(`${base}/${sha(body)}`, { headers: auth })
    expect(back.status).toBe(200)
    expect(await back.text()).toBe(body)
  })

  it('refuses a wrong or missing token, bytes that do not match their hash, a file over the limit, and paths that lead elsewhere', async () => {
    const { dataDir, base, auth } = await sharedServer()
    const body = 'the real bytes'
    expect((await fetch(`${base}/${sha(body)}`, { method: 'PUT', body })).status).toBe(401)
    expect((await fetch(`${base}/${sha(body)}`, { method: 'PUT', headers: { Authorization: `Bearer ${'x'.repeat(43)}` }, body })).status).toBe(401)
    expect((await fetch(`${base}/${sha('other bytes')}`, { method: 'PUT', headers: auth, body })).status).toBe(400)
    const tooLarge = new Uint8Array(TEAM_BLOB_LIMIT_BYTES + 1)
    expect((await fetch(`${base}/${sha(tooLarge)}`, { method: 'PUT', headers: auth, body: new Blob([tooLarge]) })).status).toBe(413)
    for (const path of [`${base}/..%2F..%2Fescape`, `${base}/../../documents/x`, `${base}/${sha(body)}/more`, `${base.replace(/ws-test$/, '..')}/${sha(body)}`]) {
      expect((await fetch(path, { method: 'PUT', headers: auth, body })).status).not.toBe(201)
    }
    expect(await readdir(dataDir)).toEqual(expect.arrayContaining(['documents']))
    expect(await readdir(join(dataDir, 'blobs')).catch(() => [])).toEqual([])
  })
})
