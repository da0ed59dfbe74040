/**
 * The Electron main process: a composition root. It resolves paths, builds the services (which
 * know nothing of Electron), and wires them to IPC, the menu, the OS and the window. Listeners
 * for the OS (second launch, Finder, quit) are registered first, before anything can fail.
 */
import { app, type BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session as electronSession, shell } from 'electron'
import { appendFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_EVENTS, type ApiEventPayloads } from '../shared/ipc'
import { createElectronDialogs, createElectronExportShell } from './dialogs'
import { registerIpc } from './ipc/register'
import { createRouter } from './ipc/router'
import { buildMenuTemplate } from './menu-template'
import { createWorkerRenderer } from './pdf/pdf-runner'
import { APP_ORIGIN, APP_SCHEME, serveAppFile } from './security/app-protocol'
import { installWebContentsGuards, lockDownSession } from './security/guards'
import { isTrustedAppUrl } from './security/navigation'
import { createAppServices, type AppServices } from './services/app-services'
import { workspacePathFromArgv } from './shell/launch-args'
import { createMainWindow, createWindowSlot, type WindowSlot } from './shell/main-window'
import { createOpenQueue } from './shell/open-queue'
import { settleEdits } from './shell/settle-edits'
import { placeWindow } from './shell/window-state'

/** How long a close or quit waits for the page to send what is typed; a hung page must not block it. */
const DRAFTS_WAIT_MS = 2000

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
])
app.enableSandbox()
// Electron wants an absolute path; a relative one is taken from where the app was started.
if (process.env.CLUSTER_WORKBENCH_DATA_DIR) app.setPath('userData', resolve(process.env.CLUSTER_WORKBENCH_DATA_DIR))

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

if (!app.requestSingleInstanceLock()) app.quit()
else listen()

function listen(): void {
  const osOpens = createOpenQueue()
  let running: { services: AppServices; window: WindowSlot } | null = null
  let quit: 'no' | 'settling' | 'ready' = 'no'

  app.on('open-file', (event, path) => {
    event.preventDefault()
    osOpens.push(path)
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    running?.window.show()
    const path = workspacePathFromArgv(argv, workingDirectory)
    if (path) osOpens.push(path)
  })
  // Never quit with edits unwritten: the page's drafts first, then the save, or the user's word.
  app.on('before-quit', (event) => {
    if (quit === 'ready' || !running) return
    event.preventDefault()
    if (quit === 'settling') return
    quit = 'settling'
    const { services } = running
    void settleBeforeLeaving(running, 'Quit Without Saving').then(async (go) => {
      quit = go ? 'ready' : 'no'
      if (!go) return
      await services.session.dispose().catch(() => undefined) // lets go of the workspace lock
      app.quit()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(async () => {
      running = await start(osOpens, () => quit === 'ready')
    })
    .catch((error: unknown) => {
      // Without services there is nothing to show in a window: say why, and let a new launch try again.
      dialog.showErrorBox('Cluster Workbench could not start', `${error instanceof Error ? error.message : String(error)}\n\nYour workspaces have not been changed.`)
      app.exit(1)
    })
}

function settleBeforeLeaving({ services, window }: { services: AppServices; window: WindowSlot }, leaveLabel: string): Promise<boolean> {
  const live = window.live()
  return settleEdits({
    requestDrafts: live ? () => services.drafts.request(DRAFTS_WAIT_MS) : null,
    flush: () => services.session.flush(),
    confirmLoss: (reason) => {
      const options = {
        type: 'warning' as const,
        buttons: ['Cancel', leaveLabel],
        defaultId: 0,
        cancelId: 0,
        message: 'Your latest changes could not be saved.',
        detail: `${reason}. Cancel, then use File > Save As to keep them elsewhere.`
      }
      return (live && !live.isDestroyed() ? dialog.showMessageBoxSync(live, options) : dialog.showMessageBoxSync(options)) === 1
    }
  })
}

async function start(osOpens: ReturnType<typeof createOpenQueue>, quitting: () => boolean) {
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const trustedOrigins = [APP_ORIGIN, ...(devUrl ? [new URL(devUrl).origin] : [])]
  const openExternal = externalOpener()

  installWebContentsGuards(app, { trustedOrigins, openExternal })
  lockDownSession(electronSession.defaultSession, devUrl ? [new URL(devUrl).origin] : [])
  // Chromium on Linux downloads spell-check dictionaries from Google; macOS and Windows use the system's.
  const spellcheck = process.platform !== 'linux'
  electronSession.defaultSession.setSpellCheckerEnabled(spellcheck)
  const rendererDir = here('../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppFile(rendererDir, new URL(request.url).pathname)
    return new Response(response.body, { status: response.status, headers: response.headers })
  })

  const resourcesDir = join(app.getAppPath(), 'resources')
  // Fonts are unpacked next to app.asar in packaged builds, so the PDF worker thread can read them.
  const fontsDir = join(resourcesDir, 'fonts').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`)
  let services: AppServices | null = null
  const window = createWindowSlot(() => {
    const appState = services!.appState
    const placement = placeWindow(appState.get().window, screen.getAllDisplays().map((display) => display.workArea))
    const created = createMainWindow({
      preload: here('../preload/index.cjs'),
      url: devUrl ?? `${APP_ORIGIN}/index.html`,
      icon: join(resourcesDir, 'build', 'icon.png'),
      spellcheck,
      ...placement
    })
    guardClose(created)
    return created
  })
  const emit = <E extends keyof ApiEventPayloads>(event: E, payload: ApiEventPayloads[E]) => void window.send(API_EVENTS[event], payload)

  services = await createAppServices({
    dataDir: app.getPath('userData'),
    resourcesDir,
    fontsDir,
    dialogs: createElectronDialogs(() => window.live()),
    exportShell: createElectronExportShell(() => window.live()),
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
  const { session, appState } = services
  const running = { services, window }

  /** Each close first settles the edits (drafts and save); the window's place is written as it goes. */
  function guardClose(created: BrowserWindow) {
    let approved = false
    let settling = false
    created.on('close', (event) => {
      appState.rememberWindowSync({ ...created.getNormalBounds(), maximized: created.isMaximized() })
      if (approved || quitting()) return
      event.preventDefault()
      if (settling) return
      settling = true
      void settleBeforeLeaving(running, 'Close Without Saving').then((go) => {
        settling = false
        approved = go
        if (go && !created.isDestroyed()) created.close()
      })
    })
  }

  function refreshMenu() {
    const template = buildMenuTemplate(
      { platform: process.platform, appName: app.name, recent: appState.get().recent },
      {
        // With no window (macOS), a menu command brings one back rather than going nowhere.
        send: (command) => void (window.send(API_EVENTS.onMenuCommand, command) || window.show()),
        openRecent: (path) => osOpens.push(path),
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
    createRouter(services.handlers, {
      isTrustedUrl: (url) => isTrustedAppUrl(url, trustedOrigins),
      log: (message, error) => console.error(message, error ?? '')
    })
  )
  refreshMenu()

  // The session never throws for a workspace it cannot open: it shows the start screen with the reason.
  const launchPath = osOpens.drain().at(-1) ?? workspacePathFromArgv(process.argv)
  await (launchPath ? session.openPath(launchPath) : session.start())
  window.show()
  osOpens.handleWith(async (path) => {
    window.show()
    try {
      emit('onSessionChanged', await session.openPath(path))
    } catch (error) {
      // Only a failing save of the open workspace refuses; it says what to do.
      const live = window.live()
      const options = { type: 'warning' as const, message: 'That workspace was not opened.', detail: error instanceof Error ? error.message : String(error) }
      void (live ? dialog.showMessageBox(live, options) : dialog.showMessageBox(options))
    }
  })
  app.on('activate', () => void window.show())
  return running
}

/**
 * Opens safe links in the user's browser. The desktop test suite sets CLUSTER_WORKBENCH_EXTERNAL_LOG
 * so that no real browser opens during a run: links are written to that file instead.
 */
function externalOpener(): (url: string) => Promise<void> {
  const log = process.env.CLUSTER_WORKBENCH_EXTERNAL_LOG
  if (log) return async (url) => appendFileSync(log, `${url}\n`)
  // Only ever called with URLs that passed isSafeExternalUrl (http(s) and mailto).
  return (url) => shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
}
