import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { apply, clusterNameOnDisk, exitsWithin, rename, sessionOf, useBootedMain } from './shell-fixtures'

// The built main process, booted against the stand-in electron module (tests/support/boot-main.ts).
describe('closing the window or quitting never loses the last edit', () => {
  const apps = useBootedMain()

  it('Windows/Linux: an edit made just before the window closes is on disk, and the process exits', async () => {
    const { main, bundle } = await apps.withWorkspace('linux')
    await apply(main, rename('Harbour Tech Cluster'), 0)
    await main.ask({ type: 'close' }) // well inside the autosave's pause
    expect(await exitsWithin(main)).toBe(0)
    expect(await clusterNameOnDisk(bundle)).toBe('Harbour Tech Cluster')
  })

  it('macOS: after the window closes, later saves still happen and Cmd+Q quits with everything on disk', async () => {
    const { main, bundle } = await apps.withWorkspace('darwin')
    await apply(main, rename('Harbour Tech Cluster'), 0)
    await main.ask({ type: 'close' })
    // The app keeps running without a window on macOS; the autosave must still write.
    await expect.poll(() => clusterNameOnDisk(bundle), { timeout: 10_000 }).toBe('Harbour Tech Cluster')
    expect((await main.ask<{ windows: unknown[] }>({ type: 'snapshot' })).windows).toHaveLength(0)
    // File > New with no window brings a window back instead of throwing.
    await main.ask({ type: 'menu', path: ['File', 'New Workspace…'] })
    expect((await main.ask<{ windows: unknown[] }>({ type: 'snapshot' })).windows).toHaveLength(1)
    await main.ask({ type: 'quit' })
    expect(await exitsWithin(main)).toBe(0)
  })

  it('text the page still holds back is asked for, applied and saved before quitting', async () => {
    // The user typed a new name; the field sends it only after its pause, or when main asks.
    const typed = rename('Harbour Tech — typed at the last second')
    const { main, bundle } = await apps.withWorkspace('darwin', { answer: true, commands: [{ command: typed, baseRevision: 0 }] })
    await main.ask({ type: 'quit' })
    expect(await exitsWithin(main)).toBe(0)
    expect(await clusterNameOnDisk(bundle)).toBe('Harbour Tech — typed at the last second')
  })

  it('a page that never answers does not stop the window from closing; what main holds is saved', async () => {
    const { main, bundle } = await apps.withWorkspace('linux', { answer: false })
    await apply(main, rename('Harbour Tech Cluster'), 0)
    await main.ask({ type: 'close' })
    expect(await exitsWithin(main)).toBe(0)
    expect(await clusterNameOnDisk(bundle)).toBe('Harbour Tech Cluster')
  })

  it('remembers where the window was, written before the process ends, and opens there again', async () => {
    const { main, home, bundle } = await apps.withWorkspace('linux')
    await main.ask({ type: 'close' })
    expect(await exitsWithin(main)).toBe(0)
    const state = JSON.parse(await readFile(join(home, 'data', 'app-state.json'), 'utf8')) as { window: unknown }
    expect(state.window).toMatchObject({ width: expect.any(Number), height: expect.any(Number), maximized: false })
    const next = await apps.boot({ home, dataDir: join(home, 'data'), args: [bundle] })
    const snapshot = await next.ask<{ windows: { options: { width: number; height: number } }[] }>({ type: 'ready' })
    expect(snapshot.windows[0]!.options).toMatchObject({ width: (state.window as { width: number }).width, height: (state.window as { height: number }).height })
    expect((await sessionOf(next)).state).toBe('open')
  })
})
