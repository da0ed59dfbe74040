import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

// A stand-in for Electron's BrowserWindow that records the options it was given.
const created: Record<string, unknown>[] = []
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options)
    }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
  }
}))

const { createMainWindow } = await import('../../../src/main/window')
const { installWebContentsGuards, lockDownSession } = await import('../../../src/main/security/guards')

describe('Electron hardening, checked without the Electron binary', () => {
  it('creates windows sandboxed, isolated, without Node, web security on and no webview', () => {
    createMainWindow({ preload: '/app/preload.cjs', url: 'app://bundle/index.html', bounds: { width: 1200, height: 800 }, maximized: false, icon: '' })
    const prefs = created.at(-1)!.webPreferences as Record<string, unknown>
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
  })

  it('denies new windows, navigation away from the app and webviews; safe links go to the system browser', () => {
    const app = new EventEmitter()
    const opened: string[] = []
    installWebContentsGuards(app as never, { trustedOrigins: ['app://bundle'], openExternal: async (url) => void opened.push(url) })
    const contents = Object.assign(new EventEmitter(), { openHandler: null as null | ((d: { url: string }) => { action: string }), setWindowOpenHandler(h: (d: { url: string }) => { action: string }) { this.openHandler = h } })
    app.emit('web-contents-created', {}, contents)

    expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() }
      contents.emit('will-navigate', event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate('app://bundle/index.html')).toBe(false)
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(opened).toEqual(['https://example.org/', 'https://evil.example/'])
  })

  it('denies every permission and every request that would leave the machine', () => {
    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null
    let check: (() => boolean) | null = null
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null
    const session = {
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) }
    }
    lockDownSession(session as never, [])
    const answers: boolean[] = []
    for (const kind of ['media', 'geolocation', 'notifications', 'clipboard-read']) permission!(null, kind, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false])
    expect(check!()).toBe(false)
    const cancelled = (url: string) => {
      let result = false
      beforeRequest!({ url }, (r) => (result = r.cancel))
      return result
    }
    expect(cancelled('app://bundle/assets/index.js')).toBe(false)
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true)
    expect(cancelled('http://localhost:1234/')).toBe(true)
  })
})
