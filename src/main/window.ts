import { BrowserWindow } from 'electron'
import { MIN_SIZE, type Rect } from './window-state'

type WindowOptions = {
  preload: string
  url: string
  bounds: Rect | { width: number; height: number }
  maximized: boolean
  icon: string
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
    // the Electron suite asserts the same values at runtime.
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
      spellcheck: true,
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
