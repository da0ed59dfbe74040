/**
 * A small, honest stand-in for the `electron` module, for booting the built main process in
 * plain Node. It records what main asks of Electron and mimics the documented behaviour that
 * matters: destroyed windows and pages throw when touched, `setPath` needs an absolute path,
 * the sandbox and privileged schemes must be set up before `ready`, one handler per channel,
 * preventable events, and quitting closes windows and ends the process.
 */
import { EventEmitter } from 'node:events'
import { isAbsolute, join } from 'node:path'


export type PreventableEvent = { defaultPrevented: boolean; preventDefault: () => void }
const preventable = (extra: Record<string, unknown> = {}): PreventableEvent & Record<string, unknown> => {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    }
  }
  return event
}

const destroyedError = () => new TypeError('Object has been destroyed')

/** What main did, for the driver to report: plain data only. */
export const record = {
  sent: [] as { window: number; channel: string; payload: unknown }[],
  dialogs: [] as { kind: string; options: unknown }[],
  openedExternally: [] as string[],
  recentDocuments: [] as string[],
  spellCheckerEnabled: null as boolean | null,
  sandboxEnabled: false,
  privilegedSchemes: [] as unknown[],
  exitCode: null as number | null
}

/** Answers the test scripts for message boxes (index of the button); Cancel (0) when none is left. */
export const messageBoxAnswers: number[] = []

let ready = false
let resolveReady: () => void = () => undefined
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve))
const paths = new Map<string, string>()

class App extends EventEmitter {
  name = 'Cluster Workbench'
  isPackaged = false
  private quitting = false

  isReady = () => ready
  whenReady = () => readyPromise
  requestSingleInstanceLock = () => process.env.STAND_IN_SECOND_INSTANCE !== '1'
  enableSandbox() {
    if (ready) throw new Error('app.enableSandbox() can only be called before app is ready')
    record.sandboxEnabled = true
  }
  setPath(name: string, path: string) {
    if (!isAbsolute(path)) throw new Error(`Path must be absolute: ${path}`)
    paths.set(name, path)
  }
  getPath(name: string) {
    const home = process.env.STAND_IN_HOME ?? '/nonexistent'
    return paths.get(name) ?? join(home, name)
  }
  getAppPath = () => process.env.STAND_IN_APP_PATH ?? process.cwd()
  getVersion = () => '0.0.0-stand-in'
  addRecentDocument = (path: string) => void record.recentDocuments.push(path)
  clearRecentDocuments = () => void (record.recentDocuments.length = 0)
  setAboutPanelOptions = () => undefined

  /** Fired by the driver: Electron's `ready`. */
  fireReady() {
    ready = true
    this.emit('ready', preventable())
    resolveReady()
  }

  quit() {
    if (this.quitting) return
    const beforeQuit = preventable()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    this.quitting = true
    for (const window of BrowserWindow.getAllWindows()) window.close()
    if (BrowserWindow.getAllWindows().length > 0) {
      this.quitting = false // a window refused to close: Electron cancels the quit
      return
    }
    const willQuit = preventable()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) {
      this.quitting = false
      return
    }
    this.emit('quit', preventable(), 0)
    this.exit(0)
  }

  exit(code = 0) {
    record.exitCode = code
    // Electron ends the process whatever is still scheduled; give the driver a moment to report.
    setImmediate(() => process.exit(code))
  }

  /** Electron's own reaction to the last window closing. */
  lastWindowClosed() {
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed')
    else this.quit()
  }
}

export const app = new App()

let nextId = 1
const windows = new Set<BrowserWindow>()

class Frame {
  constructor(public url = '') {}
}

class WebContents extends EventEmitter {
  readonly id = nextId++
  readonly mainFrame = new Frame()
  private destroyed = false
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  /** The page's side, scripted by the driver: called for every message main sends. */
  page: ((channel: string, payload: unknown) => void) | null = null

  constructor(private readonly windowId: number) {
    super()
  }
  isDestroyed = () => this.destroyed
  destroy() {
    this.destroyed = true
  }
  send(channel: string, payload: unknown) {
    if (this.destroyed) throw destroyedError()
    record.sent.push({ window: this.windowId, channel, payload })
    this.page?.(channel, payload)
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  getURL = () => this.mainFrame.url
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows = () => [...windows]
  static fromWebContents = (contents: unknown) => [...windows].find((window) => window.contentsForDriver === contents) ?? null

  readonly id: number
  readonly options: Record<string, unknown>
  readonly contentsForDriver: WebContents
  private destroyed = false
  private minimized = false
  private maximized = false
  visible = false
  private bounds: { x: number; y: number; width: number; height: number }

  constructor(options: Record<string, unknown> = {}) {
    super()
    if (!ready) throw new Error('Cannot create BrowserWindow before app is ready')
    this.id = nextId++
    this.options = options
    this.bounds = { x: (options.x as number) ?? 100, y: (options.y as number) ?? 100, width: (options.width as number) ?? 800, height: (options.height as number) ?? 600 }
    this.contentsForDriver = new WebContents(this.id)
    windows.add(this)
    app.emit('web-contents-created', preventable(), this.contentsForDriver)
    app.emit('browser-window-created', preventable(), this)
  }

  private alive() {
    if (this.destroyed) throw destroyedError()
  }
  get webContents() {
    this.alive()
    return this.contentsForDriver
  }
  isDestroyed = () => this.destroyed
  loadURL(url: string) {
    this.alive()
    this.contentsForDriver.mainFrame.url = url
    setImmediate(() => {
      if (this.destroyed) return
      this.contentsForDriver.emit('did-finish-load')
      this.emit('ready-to-show')
    })
    return Promise.resolve()
  }
  show() {
    this.alive()
    this.visible = true
  }
  focus() {
    this.alive()
  }
  isMinimized() {
    this.alive()
    return this.minimized
  }
  restore() {
    this.alive()
    this.minimized = false
  }
  minimize() {
    this.alive()
    this.minimized = true
  }
  maximize() {
    this.alive()
    this.maximized = true
  }
  isMaximized() {
    this.alive()
    return this.maximized
  }
  getNormalBounds() {
    this.alive()
    return { ...this.bounds }
  }
  setBounds(bounds: Partial<typeof this.bounds>) {
    this.alive()
    this.bounds = { ...this.bounds, ...bounds }
  }
  /** As a click on the close button: `close` may be prevented; otherwise the window is destroyed. */
  close() {
    if (this.destroyed) return
    const event = preventable()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroy()
  }
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    this.contentsForDriver.destroy()
    windows.delete(this)
    this.emit('closed')
    if (windows.size === 0) app.lastWindowClosed()
  }
}

type Handler = (event: unknown, payload: unknown) => unknown
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel)
  },
  on: () => undefined
}

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[]; click?: () => void; id?: string; accelerator?: string }
let applicationMenu: { items: MenuItem[] } | null = null
export const Menu = {
  buildFromTemplate: (template: MenuItem[]) => ({ items: template }),
  setApplicationMenu: (menu: { items: MenuItem[] } | null) => void (applicationMenu = menu),
  getApplicationMenu: () => applicationMenu
}

const answerBox = () => messageBoxAnswers.shift() ?? 0
const dialogOptions = (args: unknown[]) => (args.length > 1 ? args[1] : args[0])
export const dialog = {
  showMessageBoxSync: (...args: unknown[]) => {
    record.dialogs.push({ kind: 'messageBoxSync', options: dialogOptions(args) })
    return answerBox()
  },
  showMessageBox: async (...args: unknown[]) => {
    record.dialogs.push({ kind: 'messageBox', options: dialogOptions(args) })
    return { response: answerBox(), checkboxChecked: false }
  },
  showErrorBox: (title: string, content: string) => void record.dialogs.push({ kind: 'errorBox', options: { title, content } }),
  showOpenDialog: async (...args: unknown[]) => {
    record.dialogs.push({ kind: 'open', options: dialogOptions(args) })
    return { canceled: true, filePaths: [] }
  },
  showSaveDialog: async (...args: unknown[]) => {
    record.dialogs.push({ kind: 'save', options: dialogOptions(args) })
    return { canceled: true, filePath: '' }
  }
}

export const shell = {
  openExternal: async (url: string) => void record.openedExternally.push(url),
  openPath: async () => '',
  showItemInFolder: () => undefined
}

export const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false }

export const screen = {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getPrimaryDisplay: () => screen.getAllDisplays()[0]
}

type ProtocolHandler = (request: Request) => Promise<Response> | Response
export const protocol = {
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    record.privilegedSchemes.push(...schemes)
  },
  handle(scheme: string, handler: ProtocolHandler) {
    if (!ready) throw new Error('protocol.handle must be called after app is ready')
    this.handlers.set(scheme, handler)
  }
}

type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionHandler | null,
    permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
    beforeRequest: null as ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null,
    setPermissionRequestHandler(handler: PermissionHandler) {
      this.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheckHandler = handler
    },
    setDevicePermissionHandler: () => undefined,
    setSpellCheckerEnabled: (enabled: boolean) => void (record.spellCheckerEnabled = enabled),
    webRequest: {
      onBeforeRequest(handler: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) {
        session.defaultSession.beforeRequest = handler
      }
    }
  }
}

export const webUtils = { getPathForFile: () => '' }

export default { app, BrowserWindow, ipcMain, Menu, dialog, shell, nativeTheme, screen, protocol, session, webUtils }
