import { describe, expect, it } from 'vitest'
import { apply, bundleIn, clusterNameOnDisk, exitsWithin, rename, sessionOf, useBootedMain } from './shell-fixtures'

// The built main process, booted against the stand-in electron module (tests/support/boot-main.ts).
describe('closing the window or quitting never loses the last edit', () => {
  const apps = useBootedMain()

  it('Windows/Linux: an edit made just before the window closes is on disk, and the process exits', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: `${home}/data`, platform: 'linux', args: [bundle] })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'page', commands: [], answer: true })
    await apply(main, rename('Harbour Tech Cluster'), 0)
    await main.ask({ type: 'close' }) // well inside the autosave's pause
    expect(await exitsWithin(main)).toBe(0)
    expect(await clusterNameOnDisk(bundle)).toBe('Harbour Tech Cluster')
  })

  it('macOS: after the window closes, later saves still happen and Cmd+Q quits with everything on disk', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: `${home}/data`, platform: 'darwin', args: [bundle] })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'page', commands: [], answer: true })
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
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: `${home}/data`, platform: 'darwin', args: [bundle] })
    await main.ask({ type: 'ready' })
    // The user typed a new name; the field sends it only after its pause, or when main asks.
    await main.ask({ type: 'page', commands: [{ command: rename('Harbour Tech — typed at the last second'), baseRevision: 0 }], answer: true })
    await main.ask({ type: 'quit' })
    expect(await exitsWithin(main)).toBe(0)
    expect(await clusterNameOnDisk(bundle)).toBe('Harbour Tech — typed at the last second')
  })

  it('a page that never answers does not stop the window from closing; what main holds is saved', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: `${home}/data`, platform: 'linux', args: [bundle] })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'page', commands: [], answer: false })
    await apply(main, rename('Harbour Tech Cluster'), 0)
    await main.ask({ type: 'close' })
    expect(await exitsWithin(main)).toBe(0)
    expect(await clusterNameOnDisk(bundle)).toBe('Harbour Tech Cluster')
  })

  it('remembers where the window was, written before the process ends', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const main = await apps.boot({ home, dataDir: `${home}/data`, platform: 'linux', args: [bundle] })
    await main.ask({ type: 'ready' })
    await main.ask({ type: 'page', commands: [], answer: true })
    await main.ask({ type: 'close' })
    expect(await exitsWithin(main)).toBe(0)
    const { readFile } = await import('node:fs/promises')
    const state = JSON.parse(await readFile(`${home}/data/app-state.json`, 'utf8')) as { window: unknown }
    expect(state.window).toMatchObject({ width: expect.any(Number), height: expect.any(Number), maximized: false })
    expect((await sessionOfNext(home, bundle)).state).toBe('open')
  })

  async function sessionOfNext(home: string, bundle: string) {
    const next = await apps.boot({ home, dataDir: `${home}/data`, platform: 'linux', args: [bundle] })
    await next.ask({ type: 'ready' })
    return sessionOf(next)
  }
})
