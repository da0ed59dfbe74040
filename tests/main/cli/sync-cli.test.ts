import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { joinCommand, serveCommand, shareCommand, syncCommand } from '../../../src/main/cli/sync-commands'
import { createWorkspaceBundle } from '../../../src/main/storage/workspace-store'
import { useTempDirs } from '../../support/temp-dir'
import { workspaceWith } from '../../support/workspaces'

const tempDir = useTempDirs()
afterEach(() => {
  delete process.env.CLUSTER_WORKBENCH_DATA_DIR
})

describe('npm run cli -- serve', () => {
  it('prints its URL, serves share and join until stopped, then refuses connections', async () => {
    const dir = await tempDir('cw-serve-')
    process.env.CLUSTER_WORKBENCH_DATA_DIR = join(dir, 'app-data')
    const lines: string[] = []
    const stop = new AbortController()
    let announced: () => void = () => undefined
    const listening = new Promise<void>((resolve) => (announced = resolve))
    const served = serveCommand({ port: '0', data: join(dir, 'server') }, stop.signal, (line) => {
      lines.push(line)
      announced()
    })
    await listening
    const url = /ws:\/\/127\.0\.0\.1:\d+/.exec(lines[0]!)?.[0]
    expect(url).toBeDefined()

    const bundle = join(dir, 'Harbour.cluster')
    await createWorkspaceBundle(bundle, workspaceWith(3))
    const invitation = (await shareCommand(bundle, url)).stdout!
    expect(await joinCommand(invitation, join(dir, 'Ben'))).toMatchObject({ code: 0 })

    stop.abort()
    expect(await served).toEqual({ code: 0, stdout: 'Sync server stopped.' })
    const offline = await syncCommand(bundle)
    expect(offline.code).toBe(1)
    expect(offline.stderr).toMatch(/^Not synced: cannot reach ws:\/\/127\.0\.0\.1:\d+$/)
  })

  it('refuses a port that is not a number, and share without --server', async () => {
    expect(await serveCommand({ port: 'many' }, new AbortController().signal, () => undefined)).toMatchObject({ code: 2 })
    expect(await shareCommand('x.cluster', undefined)).toMatchObject({ code: 2 })
    expect(await joinCommand('hello there', 'x')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Not joined: an invitation reads/) })
  })
})
