import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SessionView } from '../../../src/shared/ipc'
import { bundleIn, sessionOf, useBootedMain } from './shell-fixtures'

type Snapshot = { windows: { id: number }[]; record: { sent: { channel: string; payload: unknown }[]; recentDocuments: string[] } }
const openLocation = (session: SessionView) => (session.state === 'open' ? session.view.location : null)

describe('workspaces the OS hands over are opened', () => {
  const apps = useBootedMain()

  it('macOS: a Finder double-click before the app is ready opens that workspace at start-up', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: join(home, 'data'), platform: 'darwin' })
    await main.ask({ type: 'app-event', event: 'open-file', args: [bundle] })
    await main.ask({ type: 'ready' })
    expect(openLocation(await sessionOf(main))).toBe(bundle)
  })

  it('macOS: a Finder double-click while running opens it and tells the page', async () => {
    const home = await apps.home()
    const first = await bundleIn(home, 'First')
    const second = await bundleIn(home, 'Second')
    const main = await apps.boot({ home, dataDir: join(home, 'data'), platform: 'darwin', args: [first] })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'app-event', event: 'open-file', args: [second] })
    await expect.poll(async () => openLocation(await sessionOf(main))).toBe(second)
    const snapshot = await main.ask<Snapshot>({ type: 'snapshot' })
    expect(snapshot.record.sent.filter((message) => message.channel === 'session:changed').map((message) => openLocation(message.payload as SessionView))).toContain(second)
    expect(snapshot.record.recentDocuments).toEqual([first, second])
  })

  it('a second launch with a workspace opens it in the running app', async () => {
    const home = await apps.home()
    const first = await bundleIn(home, 'First')
    const second = await bundleIn(home, 'Second')
    const main = await apps.boot({ home, dataDir: join(home, 'data'), platform: 'linux', args: [first] })
    await main.ask({ type: 'ready' })
    // Relative to the folder the second launch started in, as a terminal user types it.
    await main.ask({ type: 'app-event', event: 'second-instance', args: [['/usr/bin/cluster-workbench', 'Second.cluster'], home] })
    await expect.poll(async () => openLocation(await sessionOf(main))).toBe(second)
  })

  it('macOS: a second launch after the window was closed brings a window back with the workspace', async () => {
    const home = await apps.home()
    const first = await bundleIn(home, 'First')
    const second = await bundleIn(home, 'Second')
    const main = await apps.boot({ home, dataDir: join(home, 'data'), platform: 'darwin', args: [first] })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'page', commands: [], answer: true })
    await main.ask({ type: 'close' })
    await expect.poll(async () => (await main.ask<Snapshot>({ type: 'snapshot' })).windows.length).toBe(0)
    await main.ask({ type: 'app-event', event: 'second-instance', args: [['/Applications/Cluster Workbench.app', second], home] })
    await expect.poll(async () => (await main.ask<Snapshot>({ type: 'snapshot' })).windows.length).toBe(1)
    await expect.poll(async () => openLocation(await sessionOf(main))).toBe(second)
  })

  it('macOS: the Dock icon brings a closed window back', async () => {
    const home = await apps.home()
    const main = await apps.boot({ home, dataDir: join(home, 'data'), platform: 'darwin' })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'page', commands: [], answer: true })
    await main.ask({ type: 'close' })
    await expect.poll(async () => (await main.ask<Snapshot>({ type: 'snapshot' })).windows.length).toBe(0)
    await main.ask({ type: 'app-event', event: 'activate', args: [false] })
    expect((await main.ask<Snapshot>({ type: 'snapshot' })).windows).toHaveLength(1)
  })
})
