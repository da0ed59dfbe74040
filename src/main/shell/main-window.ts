import { BrowserWindow } from 'electron'
import { MIN_SIZE, type Rect } from './window-state'

type WindowOptions = {
  preload: string
  url: string
  bounds: Rect | { width: number; height: number }
  maximized: boolean
  icon: string
  spellcheck: boolean
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    ...(process.platform === 'linux' ? { icon: options.icon } : {}),
    title: 'Cluster Workbench',
    backgroundColor: '#f6f7f9',
    // Written out in full (not spread from a constant) so security scanners can read every value;
    // the main-process harness asserts the same values on the booted app.
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: options.spellcheck,
      // Middle-click would otherwise try to open links in a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      // The preload exposes one named method per IPC channel and nothing else (src/preload/index.ts).
      preload: options.preload // eng-disable PRELOAD_JS_CHECK
    }
  })
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(options.url)
  return window
}

/**
 * The app's one window as a slot that empties when the window is gone. Electron throws when a
 * destroyed window or its page is touched, so the rest of main reaches it only through here.
 */
export function createWindowSlot(open: () => BrowserWindow) {
  let current: BrowserWindow | null = null
  const live = () => (current && !current.isDestroyed() ? current : null)
  return {
    live,
    /** Brings the window forward, opening a new one if it was closed (macOS keeps running without one). */
    show(): BrowserWindow {
      const existing = live()
      if (existing) {
        if (existing.isMinimized()) existing.restore()
        existing.focus()
        return existing
      }
      const created = open()
      current = created
      created.on('closed', () => {
        if (current === created) current = null
      })
      return created
    },
    /** Sends to the page if there is one; says whether it was sent. */
    send(channel: string, payload: unknown): boolean {
      const window = live()
      if (!window || window.webContents.isDestroyed()) return false
      window.webContents.send(channel, payload)
      return true
    }
  }
}

export type WindowSlot = ReturnType<typeof createWindowSlot>
