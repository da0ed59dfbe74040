import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp'
import { API_CHANNELS, PRELOAD_CHANNELS } from '../../../src/shared/ipc'
import { useBootedMain } from './shell-fixtures'

type Snapshot = {
  windows: { url: string; options: { webPreferences: Record<string, unknown> } }[]
  channels: string[]
  record: { spellCheckerEnabled: boolean | null; sandboxEnabled: boolean; openedExternally: string[] }
  schemes: string[]
}

describe('the booted main process', () => {
  const apps = useBootedMain()
  const start = async (platform: 'linux' | 'darwin' = 'linux') => {
    const home = await apps.home()
    const main = await apps.boot({ home, dataDir: join(home, 'data'), platform })
    return { main, snapshot: await main.ask<Snapshot>({ type: 'ready' }) }
  }

  it('opens one sandboxed, isolated window without Node, on the app page, with a preload that exists', async () => {
    const { snapshot } = await start()
    expect(snapshot.record.sandboxEnabled).toBe(true)
    expect(snapshot.windows).toHaveLength(1)
    const [window] = snapshot.windows
    expect(window!.url).toBe('app://bundle/index.html')
    const prefs = window!.options.webPreferences
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
    expect(existsSync(prefs.preload as string)).toBe(true)
    expect(prefs.preload).toMatch(/out[/\\]preload[/\\]index\.cjs$/)
  })

  it('handles every channel of the contract (the preload\'s own too), each exactly once, and no other', async () => {
    const { snapshot } = await start()
    expect([...snapshot.channels].sort()).toEqual([...Object.values(API_CHANNELS), ...Object.values(PRELOAD_CHANNELS)].sort())
  })

  it('downloads no spell-check dictionaries on Linux; macOS keeps the system spell checker', async () => {
    const linux = (await start('linux')).snapshot
    expect(linux.record.spellCheckerEnabled).toBe(false)
    expect(linux.windows[0]!.options.webPreferences.spellcheck).toBe(false)
    const mac = (await start('darwin')).snapshot
    expect(mac.record.spellCheckerEnabled).toBe(true)
    expect(mac.windows[0]!.options.webPreferences.spellcheck).toBe(true)
  })

  it('serves the page over app:// with its CSP, and nothing outside the built renderer', async () => {
    const { main } = await start()
    const page = await main.ask<{ status: number; headers: Record<string, string>; bytes: number }>({ type: 'fetch', url: 'app://bundle/index.html' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.bytes).toBeGreaterThan(0)
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..\\..\\package.json', '/../main/index.js']) {
      const refused = await main.ask<{ status: number }>({ type: 'fetch', url: `app://bundle${path}` })
      expect(refused.status, path).toBe(404)
    }
  })

  it('refuses navigation away from the app and new windows, handing only safe links to the browser', async () => {
    const { main } = await start()
    const away = await main.ask<{ prevented: boolean; openedExternally: string[] }>({ type: 'navigate', event: 'will-navigate', url: 'https://example.org/' })
    expect(away.prevented).toBe(true)
    expect(away.openedExternally).toEqual(['https://example.org/'])
    const file = await main.ask<{ prevented: boolean; openedExternally: string[] }>({ type: 'navigate', event: 'will-redirect', url: 'file:///etc/passwd' })
    expect(file.prevented).toBe(true)
    expect(file.openedExternally).toEqual(['https://example.org/'])
    const inApp = await main.ask<{ prevented: boolean }>({ type: 'navigate', event: 'will-navigate', url: 'app://bundle/index.html#/library' })
    expect(inApp.prevented).toBe(false)
    const popup = await main.ask<{ decision: { action: string }; openedExternally: string[] }>({ type: 'window-open', url: 'javascript:alert(1)' })
    expect(popup.decision).toEqual({ action: 'deny' })
    expect(popup.openedExternally).toEqual(['https://example.org/'])
  })

  it('stops a navigation whose URL cannot even be decoded, and opens nothing for it', async () => {
    const { main } = await start()
    for (const url of ['mailto:%E0@example.org', 'mailto:team@example.org?attach=/home/me/.ssh/id_rsa']) {
      const hostile = await main.ask<{ prevented: boolean; openedExternally: string[] }>({ type: 'navigate', event: 'will-navigate', url })
      expect(hostile, url).toEqual({ prevented: true, openedExternally: [] })
      const popup = await main.ask<{ decision: { action: string }; openedExternally: string[] }>({ type: 'window-open', url })
      expect(popup, url).toEqual({ decision: { action: 'deny' }, openedExternally: [] })
    }
  })

  it('refuses every permission and every request that would leave the machine', async () => {
    const { main } = await start()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(await main.ask({ type: 'permission', permission })).toEqual({ granted: false, checked: false })
    }
    expect(await main.ask({ type: 'request', url: 'https://example.org/tracker.js' })).toEqual({ cancel: true })
    expect(await main.ask({ type: 'request', url: 'app://bundle/assets/index.js' })).toEqual({ cancel: false })
  })
})
