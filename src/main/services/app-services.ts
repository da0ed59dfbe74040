import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Theme } from '../../shared/app-commands'
import type { AppInfo } from '../../shared/ipc'
import type { WriteFs } from '../storage/durable-write'
import type { Handlers } from '../ipc/router'
import { openExternalSafely } from '../security/external-links'
import { createAppStateStore } from './app-state'
import { createLibraryService } from './library/library-content'
import { createTeamDocuments } from './library/team-documents'
import { createTemplateService } from './strategy/template-content'
import { createClusterLogo } from './cluster-logo'
import { createMemberTransfer } from './members/member-transfer'
import { createInProcessImportRunner, createWorkerImportRunner, type ImportRunner } from './members/import-runner'
import { createExportService, type ExportShell } from './export-service'
import { createGlyphCheck } from '../pdf/font-metrics'
import { createInProcessRenderer, type PdfRenderer } from '../pdf/pdf-runner'
import { createDroppedPaths } from './dropped-paths'
import { createDraftFlush } from './draft-flush'
import { createSessionService, type EmitEvent, type WorkspaceDialogs } from './session'

export type AppServiceDeps = {
  /** The app's own folder: recent list, the demo copy, snapshots. */
  dataDir: string
  /** Files shipped with the app (the demo workspace, the library, fonts). */
  resourcesDir: string
  /** Where the PDF fonts are, when not in resourcesDir/fonts (packaged builds unpack them). */
  fontsDir?: string
  dialogs: WorkspaceDialogs
  emit: EmitEvent
  openExternal: (url: string) => Promise<void>
  onOpened?: (bundle: string) => void
  now?: () => Date
  newId?: () => string
  fs?: WriteFs
  autosave?: { delayMs?: number; maxDelayMs?: number; retryMs?: number }
  /** Save dialog and file manager for exported PDFs. */
  exportShell: ExportShell
  /** Where PDFs are rendered: a worker thread in the app, in-process by default. */
  pdfRenderer?: PdfRenderer
  /** Name and versions for the About dialog. */
  appInfo: AppInfo
  /** Applies the theme to native parts (menus, dialogs, the title bar). */
  applyTheme?: (theme: Theme) => void
  /** Where member imports run: the built app's import worker thread when there is one, else in-process. */
  importRunner?: ImportRunner
}

/** The import worker electron-vite builds next to the main bundle (absent when running from source). */
function defaultImportRunner(newId: () => string): ImportRunner {
  const builtWorker = join(dirname(fileURLToPath(import.meta.url)), 'import-worker.js')
  return existsSync(builtWorker) ? createWorkerImportRunner(builtWorker) : createInProcessImportRunner(newId)
}

export const DEMO_BUNDLE_NAME = 'Kestrel Coast Ocean Cluster (example).cluster'

/**
 * Builds every service from its capabilities and returns the IPC handlers. Electron's main
 * process and the browser test bridge both call this, so they run exactly the same code.
 */
export async function createAppServices(deps: AppServiceDeps) {
  const now = deps.now ?? (() => new Date())
  const appState = await createAppStateStore(join(deps.dataDir, 'app-state.json'), now)
  const session = createSessionService({
    appState,
    snapshotsRoot: join(deps.dataDir, 'snapshots'),
    demoBundle: join(deps.dataDir, 'Examples', DEMO_BUNDLE_NAME),
    demoSource: join(deps.resourcesDir, 'demo', 'workspace.json'),
    dialogs: deps.dialogs,
    emit: deps.emit,
    now,
    newId: deps.newId ?? (() => randomUUID()),
    ...(deps.onOpened ? { onOpened: deps.onOpened } : {}),
    ...(deps.fs ? { fs: deps.fs } : {}),
    ...(deps.autosave ? { autosave: deps.autosave } : {})
  })

  const library = createLibraryService(join(deps.resourcesDir, 'library'))
  const templates = createTemplateService(join(deps.resourcesDir, 'templates'))
  const transfer = createMemberTransfer({
    session,
    dialogs: deps.dialogs,
    emit: deps.emit,
    runner: deps.importRunner ?? defaultImportRunner(deps.newId ?? (() => randomUUID())),
    ...(deps.newId ? { newId: deps.newId } : {})
  })
  const documents = createTeamDocuments({ session, dialogs: deps.dialogs, now, newId: deps.newId ?? (() => randomUUID()) })
  const logo = createClusterLogo({ session, dialogs: deps.dialogs, newId: deps.newId ?? (() => randomUUID()) })
  const fontsDir = deps.fontsDir ?? join(deps.resourcesDir, 'fonts')
  const exports = createExportService({
    currentWorkspace: () => session.currentWorkspace(),
    libraryItems: async () => (await library.get()).items,
    readLogo: () => logo.readLogo(),
    renderer: deps.pdfRenderer ?? createInProcessRenderer(fontsDir),
    hasGlyph: createGlyphCheck(fontsDir),
    shell: deps.exportShell,
    emit: deps.emit,
    now
  })

  const drafts = createDraftFlush(deps.emit)
  const drops = createDroppedPaths()

  const handlers: Handlers = {
    getSession: () => session.getSession(),
    newWorkspace: (request) => session.newWorkspace(request),
    openWorkspace: (request) => session.openWorkspace(request),
    saveWorkspaceAs: () => session.saveWorkspaceAs(),
    closeWorkspace: () => session.closeWorkspace(),
    resolveOutsideChange: (request) => session.resolveOutsideChange(request),
    applyCommand: (request) => session.applyCommand(request),
    undo: () => session.undo(),
    redo: () => session.redo(),
    restoreBackup: (request) => session.restoreBackup(request),
    forgetRecent: (request) => session.forgetRecent(request),
    openExternal: async ({ url }) => ({ opened: await openExternalSafely(url, deps.openExternal) }),
    getLibrary: () => library.get(),
    checkExport: (request) => exports.check(request),
    renderExport: (request) => exports.render(request),
    cancelExport: () => exports.cancel(),
    saveExport: (request) => exports.save(request),
    saveWordExport: (request) => exports.saveWord(request),
    revealExport: (request) => exports.reveal(request),
    getPreferences: () => appState.get().preferences,
    setPreferences: async (changes) => {
      if (changes.theme) deps.applyTheme?.(changes.theme)
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
      return (await appState.update((state) => ({ ...state, preferences: { ...state.preferences, ...defined } }))).preferences
    },
    getAppInfo: () => deps.appInfo,
    openDroppedWorkspace: ({ path }) => session.openDropped({ path: drops.require(path) }),
    previewMemberImport: () => transfer.preview(),
    rereadMemberImport: (request) => transfer.reread(request),
    analyseMemberImport: (request) => transfer.analyse(request),
    commitMemberImport: (request) => transfer.commit(request),
    cancelMemberImport: () => transfer.cancel(),
    exportMembers: () => transfer.exportCsv(),
    importLibraryPdf: ({ droppedPath }) => documents.importPdf({ droppedPath: droppedPath === null ? null : drops.require(droppedPath) }),
    readLibraryPdf: (request) => documents.read(request),
    saveLibraryPdfCopy: (request) => documents.saveCopy(request),
    getTemplates: () => templates.get(),
    importLogo: () => logo.importLogo(),
    readLogo: () => logo.readLogo(),
    confirmDraftsFlushed: (request) => drafts.confirm(request),
    shareWorkspace: (request) => session.shareWithTeam(request),
    joinWorkspace: (request) => session.joinTeam(request),
    getTeamStatus: () => session.teamStatus(),
    leaveTeam: () => session.leaveTeam(),
    getTeamInvitation: () => session.teamInvitation(),
    setTeamPresence: (request) => session.setTeamPresence(request),
    recordDrop: ({ path }) => drops.record(path)
  }

  return { session, handlers, appState, library, documents, logo, exports, transfer, drafts }
}

export type AppServices = Awaited<ReturnType<typeof createAppServices>>
