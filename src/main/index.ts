/**
 * The Electron main process: a composition root and nothing more. It resolves paths, builds
 * the services (which know nothing of Electron), wires them to IPC, menus and the window.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session as electronSession, shell } from 'electron'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_EVENTS, type ApiEventPayloads } from '../shared/ipc'
import { createElectronDialogs, createElectronExportShell } from './dialogs'
import { createWorkerRenderer } from './pdf/pdf-runner'
import { registerIpc } from './ipc/register'
import { createRouter } from './ipc/router'
import { workspacePathFromArgv } from './launch-args'
import { buildMenuTemplate } from './menu-template'
import { APP_ORIGIN, APP_SCHEME, serveAppFile } from './security/app-protocol'
import { installWebContentsGuards, lockDownSession } from './security/guards'
import { isTrustedAppUrl } from './security/navigation'
import { createAppServices } from './services/app-services'
import { createMainWindow } from './window'
import { placeWindow } from './window-state'

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
])
app.enableSandbox()
if (process.env.CLUSTER_WORKBENCH_DATA_DIR) app.setPath('userData', process.env.CLUSTER_WORKBENCH_DATA_DIR)

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

if (!app.requestSingleInstanceLock()) app.quit()
else void run()

async function run(): Promise<void> {
  await app.whenReady()
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const trustedOrigins = [APP_ORIGIN, ...(devUrl ? [new URL(devUrl).origin] : [])]
  // Only ever called with URLs that passed isSafeExternalUrl (http(s) and mailto).
  const openExternal = (url: string) => shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK

  installWebContentsGuards(app, { trustedOrigins, openExternal })
  lockDownSession(electronSession.defaultSession, devUrl ? [new URL(devUrl).origin] : [])
  const rendererDir = here('../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppFile(rendererDir, new URL(request.url).pathname)
    return new Response(response.body, { status: response.status, headers: response.headers })
  })

  let window: BrowserWindow | null = null
  const emit = <E extends keyof ApiEventPayloads>(event: E, payload: ApiEventPayloads[E]) =>
    window?.webContents.send(API_EVENTS[event], payload)

  const resourcesDir = join(app.getAppPath(), 'resources')
  // Fonts are unpacked next to app.asar in packaged builds, so the PDF worker thread can read them.
  const fontsDir = join(resourcesDir, 'fonts').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`)
  const { session, handlers, appState } = await createAppServices({
    dataDir: app.getPath('userData'),
    resourcesDir,
    fontsDir,
    dialogs: createElectronDialogs(() => window),
    exportShell: createElectronExportShell(() => window),
    pdfRenderer: createWorkerRenderer(here('./pdf-worker.js'), fontsDir),
    emit,
    openExternal,
    appInfo: {
      name: app.name,
      version: app.getVersion(),
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      node: process.versions.node,
      platform: process.platform
    },
    applyTheme: (theme) => void (nativeTheme.themeSource = theme),
    onOpened: (bundle) => {
      app.addRecentDocument(bundle)
      refreshMenu()
    }
  })

  function refreshMenu() {
    const template = buildMenuTemplate(
      { platform: process.platform, appName: app.name, recent: appState.get().recent },
      {
        send: (command) => emit('onMenuCommand', command),
        openRecent: (path) => void session.openPath(path).then((view) => emit('onSessionChanged', view)),
        clearRecent: () => {
          app.clearRecentDocuments()
          void appState.update((state) => ({ ...state, recent: [] })).then(refreshMenu)
        }
      }
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }

  nativeTheme.themeSource = appState.get().preferences.theme
  app.setAboutPanelOptions({ applicationName: 'Cluster Workbench', applicationVersion: app.getVersion(), copyright: 'Cluster Workbench developers' })

  registerIpc(
    ipcMain,
    createRouter(handlers, {
      isTrustedUrl: (url) => isTrustedAppUrl(url, trustedOrigins),
      log: (message, error) => console.error(message, error ?? '')
    })
  )

  const launchPath = workspacePathFromArgv(process.argv)
  await (launchPath ? session.openPath(launchPath) : session.start())
  refreshMenu()
  const openWindow = () => {
    const placement = placeWindow(appState.get().window, screen.getAllDisplays().map((display) => display.workArea))
    const created = createMainWindow({
      preload: here('../preload/index.cjs'),
      url: devUrl ?? `${APP_ORIGIN}/index.html`,
      icon: join(resourcesDir, 'build', 'icon.png'),
      ...placement
    })
    // Remember where the window was, to open it there next time.
    created.on('close', () => {
      const saved = { ...created.getNormalBounds(), maximized: created.isMaximized() }
      void appState.update((state) => ({ ...state, window: saved }))
    })
    return created
  }
  window = openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow()
  })

  app.on('second-instance', (_event, argv) => {
    if (window?.isMinimized()) window.restore()
    window?.focus()
    const path = workspacePathFromArgv(argv)
    if (path) void session.openPath(path).then((view) => emit('onSessionChanged', view))
  })

  // Never quit with edits unwritten: flush first, and ask if the write fails.
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed || !session.hasUnsaved()) return
    event.preventDefault()
    void session.flush().then((outcome) => {
      if (!outcome.ok) {
        const choice = dialog.showMessageBoxSync({
          type: 'warning',
          buttons: ['Cancel', 'Quit without saving'],
          defaultId: 0,
          message: 'Your latest changes could not be saved.',
          detail: `${outcome.reason}. Cancel, then use File > Save As to keep them elsewhere.`
        })
        if (choice === 0) return
      }
      flushed = true
      app.quit()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
