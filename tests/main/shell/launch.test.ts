import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OPENER_FILE } from '../../../src/main/storage/bundle'
import { apply, asUnprivileged, bundleIn, canRefuseWrites, rename, sessionOf, useBootedMain } from './shell-fixtures'

type Snapshot = { windows: { visible: boolean }[]; record: { dialogs: { kind: string }[]; exitCode: number | null } }

describe('launching always gives a window that says what is going on', () => {
  const apps = useBootedMain()

  it.skipIf(!canRefuseWrites)('opens a workspace in a folder the user may only read, read-only and saying why', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home, 'Colleague Share')
    await chmod(bundle, 0o555) // with asUnprivileged, even a root test run cannot write it
    const main = await apps.boot({ home, dataDir: join(home, 'data'), args: [bundle], ...(asUnprivileged ? { user: asUnprivileged } : {}) })
    const snapshot = await main.ask<Snapshot>({ type: 'ready' })
    expect(snapshot.windows).toHaveLength(1)
    const session = await sessionOf(main)
    expect(session.state).toBe('open')
    if (session.state === 'open') expect(session.view.readOnlyReason).toMatch(/cannot be written.*Save As/)
  })

  it('shows a damaged workspace on the start screen with the reason, and does not retry it on the next launch', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const dataDir = join(home, 'data')
    const first = await apps.boot({ home, dataDir, args: [bundle] })
    await first.ask({ type: 'ready' })
    await first.ask({ type: 'page', commands: [], answer: true })
    await first.ask({ type: 'quit' })
    await first.exited
    await writeFile(join(bundle, 'workspace.json'), '{"schemaVersion": 4, "members": [', 'utf8')

    const second = await apps.boot({ home, dataDir })
    expect((await second.ask<Snapshot>({ type: 'ready' })).windows).toHaveLength(1)
    const failed = await sessionOf(second)
    expect(failed).toMatchObject({ state: 'closed', failure: { location: expect.stringContaining('workspace.json') } })
    await second.ask({ type: 'quit' })
    await second.exited

    // The third launch goes on as a first run would (the demo), not back to the damaged file.
    const third = await apps.boot({ home, dataDir })
    await third.ask({ type: 'ready' })
    const next = await sessionOf(third)
    expect(next.state === 'open' ? next.view.location : next.failure).not.toBe(bundle)
    expect(next).not.toMatchObject({ failure: { location: expect.stringContaining(bundle) } })
  })

  it('a missing workspace handed over at launch still gives the start screen', async () => {
    const home = await apps.home()
    const main = await apps.boot({ home, dataDir: join(home, 'data'), args: [join(home, 'Gone.cluster')] })
    expect((await main.ask<Snapshot>({ type: 'ready' })).windows).toHaveLength(1)
    expect(await sessionOf(main)).toMatchObject({ state: 'closed', failure: { reason: expect.stringMatching(/does not exist/) } })
  })

  it.skipIf(!canRefuseWrites)('an app folder that cannot be written still opens the workspace (read and edited in memory)', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const dataDir = join(home, 'locked-data')
    await mkdir(dataDir)
    await chmod(dataDir, 0o555)
    await chmod(bundle, 0o777)
    await chmod(join(bundle, 'workspace.json'), 0o666)
    await chmod(join(bundle, 'attachments'), 0o777)
    const main = await apps.boot({ home, dataDir, args: [bundle], ...(asUnprivileged ? { user: asUnprivileged } : {}) })
    expect((await main.ask<Snapshot>({ type: 'ready' })).windows).toHaveLength(1)
    expect((await sessionOf(main)).state).toBe('open')
  })

  it('takes a relative data folder from where the app was started', async () => {
    const home = await apps.home()
    const main = await apps.boot({ home, cwd: home, dataDir: 'relative-data' })
    expect((await main.ask<Snapshot>({ type: 'ready' })).windows).toHaveLength(1)
    await expect(readFile(join(home, 'relative-data', 'app-state.json'), 'utf8')).resolves.toContain('"demoShown": true')
  })

  it('opens the workspace whose opener file the OS hands over on double-click (Windows, Linux)', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: join(home, 'data'), args: [join(bundle, OPENER_FILE)] })
    await main.ask({ type: 'ready' })
    expect(await sessionOf(main)).toMatchObject({ state: 'open', view: { location: bundle } })
    await apply(main, rename('Still editable'), 0)
  })
})
