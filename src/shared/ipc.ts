/**
 * The IPC contract: every method the renderer can call, its `noun:verb` channel, and the
 * request and response types; plus the events main pushes to the renderer. Main, preload,
 * the renderer and the test bridge all build on this one file.
 */
import type { z } from 'zod'
import type { REQUEST_SCHEMAS } from './ipc-payloads'
import type { AppCommandId, Theme } from './app-commands'
import type { MissingGlyph } from './export/glyph-coverage'
import type { DuplicateRow } from './members/duplicates'
import type { ImportAnalysis, ImportPhase, ImportPreview } from './members/import-steps'
import type { RowProblem } from './members/row-mapping'
import type { ExportPhase } from './export/options'
import type { LibraryContent } from './library/schema'
import type { TemplateContent } from './strategy/template'
import type { TeamStatus } from './sync/team-status'
import type { Workspace } from './workspace/schema'

export const API_CHANNELS = {
  getSession: 'session:get',
  newWorkspace: 'workspace:new',
  openWorkspace: 'workspace:open',
  saveWorkspaceAs: 'workspace:save-as',
  closeWorkspace: 'workspace:close',
  resolveOutsideChange: 'workspace:resolve-outside-change',
  applyCommand: 'workspace:apply',
  undo: 'workspace:undo',
  redo: 'workspace:redo',
  restoreBackup: 'workspace:restore-backup',
  forgetRecent: 'recent:forget',
  openExternal: 'link:open',
  getLibrary: 'library:get',
  checkExport: 'export:check',
  renderExport: 'export:render',
  cancelExport: 'export:cancel',
  saveExport: 'export:save',
  saveWordExport: 'export:save-word',
  revealExport: 'export:reveal',
  getPreferences: 'preferences:get',
  setPreferences: 'preferences:set',
  getAppInfo: 'app:info',
  openDroppedWorkspace: 'workspace:open-dropped',
  previewMemberImport: 'members:import-preview',
  rereadMemberImport: 'members:import-reread',
  analyseMemberImport: 'members:import-analyse',
  commitMemberImport: 'members:import-commit',
  cancelMemberImport: 'members:import-cancel',
  exportMembers: 'members:export',
  importLibraryPdf: 'library:import-pdf',
  readLibraryPdf: 'library:read-pdf',
  saveLibraryPdfCopy: 'library:save-pdf-copy',
  getTemplates: 'templates:get',
  importLogo: 'logo:import',
  readLogo: 'logo:read',
  confirmDraftsFlushed: 'drafts:flushed',
  shareWorkspace: 'team:share',
  joinWorkspace: 'team:join',
  getTeamStatus: 'team:get-status',
  leaveTeam: 'team:leave',
  getTeamInvitation: 'team:invitation',
  setTeamPresence: 'team:presence'
} as const

/**
 * Channels only the preload itself calls, never exposed on window.api: the page cannot call
 * them, so what they record (the path of a file really dropped on the window) comes from
 * Electron's webUtils, not from the page's word.
 */
export const PRELOAD_CHANNELS = {
  recordDrop: 'drop:record'
} as const

export type PreloadMethod = keyof typeof PRELOAD_CHANNELS

export const API_EVENTS = {
  onSessionChanged: 'session:changed',
  onSaveStatus: 'save:status',
  onMenuCommand: 'menu:command',
  onExportProgress: 'export:progress',
  onFlushDrafts: 'drafts:flush',
  onImportProgress: 'members:import-progress',
  onTeamStatus: 'team:status'
} as const

export type ApiMethod = keyof typeof API_CHANNELS
export type ApiEvent = keyof typeof API_EVENTS
export type ApiRequests = { [M in ApiMethod]: z.input<(typeof REQUEST_SCHEMAS)[M]> }
export type ParsedRequests = { [M in ApiMethod]: z.output<(typeof REQUEST_SCHEMAS)[M]> }

/** The honest save state shown in the title bar. */
export type SaveStatus =
  | { state: 'saved'; at: string }
  | { state: 'pending' }
  | { state: 'saving' }
  /** `conflictFile`: another program changed the file; this window's version is kept there. */
  | { state: 'failed'; reason: string; retrying: boolean; conflictFile?: string }
  | { state: 'read-only'; reason: string }

export type WorkspaceView = {
  /** The bundle's name without `.cluster`, e.g. "Harbour Tech". */
  fileName: string
  /** Where the workspace lives, for display only; main never trusts a path sent back. */
  location: string
  workspace: Workspace
  revision: number
  readOnlyReason: string | null
  canUndo: boolean
  canRedo: boolean
  /** Something the user should know once, e.g. that an older file was upgraded. */
  notice: string | null
}

export type RecentEntry = { id: string; name: string; location: string; openedAt: string }
export type BackupEntry = { id: string; label: string; savedAt: string }
export type LoadFailure = { location: string; reason: string; backups: BackupEntry[] }

export type SessionView =
  | { state: 'open'; view: WorkspaceView; status: SaveStatus }
  | { state: 'closed'; recent: RecentEntry[]; failure: LoadFailure | null }

/** A command chosen in the native menu, carried out by the page (it owns dialogs and focus). */
export type MenuCommand = AppCommandId

/**
 * `tourSeen`: the welcome tour was finished or skipped, so it does not open by itself again.
 * `exported`: ids of the workspaces a document was saved from, for the Overview's next steps
 * (kept here, not in the workspace: it says what this user did, and needs no format change).
 * `displayName`: the user's name on their comments and to their team when shared; '' until given.
 */
export type Preferences = { theme: Theme; tourSeen: boolean; exported: string[]; displayName: string }
export type AppInfo = { name: string; version: string; electron: string | null; chrome: string | null; node: string; platform: string }

export type ApiResponses = {
  getSession: SessionView
  newWorkspace: SessionView
  openWorkspace: SessionView
  saveWorkspaceAs: SessionView
  closeWorkspace: SessionView
  resolveOutsideChange: SessionView
  applyCommand: { revision: number; canUndo: boolean; canRedo: boolean }
  undo: SessionView
  redo: SessionView
  restoreBackup: SessionView
  forgetRecent: SessionView
  openExternal: { opened: boolean }
  getLibrary: LibraryContent
  checkExport: { missing: MissingGlyph[] }
  renderExport: { jobId: number; fileName: string; pages: number; bytes: Uint8Array }
  cancelExport: { cancelled: boolean }
  saveExport: { savedTo: string | null }
  saveWordExport: { savedTo: string | null }
  revealExport: { done: boolean }
  getPreferences: Preferences
  setPreferences: Preferences
  getAppInfo: AppInfo
  openDroppedWorkspace: SessionView
  previewMemberImport: ImportPreview | { cancelled: true }
  rereadMemberImport: ImportPreview
  analyseMemberImport: ImportAnalysis
  commitMemberImport: { session: SessionView; imported: number; duplicates: DuplicateRow[]; rejected: RowProblem[]; warnings: RowProblem[] }
  cancelMemberImport: { cancelled: boolean }
  exportMembers: { savedTo: string | null; count: number }
  importLibraryPdf: { session: SessionView; resourceId: string; alreadyPresent: boolean } | { cancelled: true }
  readLibraryPdf: { fileName: string; bytes: Uint8Array }
  saveLibraryPdfCopy: { savedTo: string | null }
  getTemplates: TemplateContent
  importLogo: { session: SessionView } | { cancelled: true }
  readLogo: { format: 'png' | 'jpeg'; bytes: Uint8Array } | null
  confirmDraftsFlushed: { received: boolean }
  shareWorkspace: { invitation: string; status: TeamStatus }
  joinWorkspace: SessionView
  getTeamStatus: TeamStatus
  leaveTeam: SessionView
  getTeamInvitation: { invitation: string }
  setTeamPresence: { sent: boolean }
}

export type { TeamStatus }

export type { ImportPreview }

export type ApiEventPayloads = {
  onSessionChanged: SessionView
  onSaveStatus: SaveStatus
  onMenuCommand: MenuCommand
  onExportProgress: { phase: ExportPhase }
  /** Before a window closes or the app quits: the page commits what is typed but not yet sent. */
  onFlushDrafts: { requestId: number }
  onImportProgress: { phase: ImportPhase; done: number; total: number }
  /** A shared workspace's link, presence and "last edited by" changed. */
  onTeamStatus: TeamStatus
}

export const ERROR_CODES = [
  'invalid-request',
  'untrusted-sender',
  'unknown-method',
  'no-workspace',
  'read-only',
  'stale-revision',
  'not-found',
  'already-exists',
  'cancelled',
  'io',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** Every call resolves to this envelope, so errors cross the bridge with their code intact. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

declare const methodMark: unique symbol

/**
 * What a call to method M returns: its response envelope, marked (at the type level only) with
 * M. A preload method whose call is made for another method then fails to compile, even when
 * the two have the same request and response types (undo and redo).
 */
export type ApiCall<M extends ApiMethod> = Promise<IpcResult<ApiResponses[M]>> & { readonly [methodMark]?: M }

/**
 * The preload's way to call main: the channel is looked up from the method's name, and the
 * result is marked with it, so `undo: (r) => invoke('redo', r)` does not compile.
 */
export function invokeFor(send: (channel: string, request: unknown) => Promise<unknown>) {
  return <M extends ApiMethod>(method: M, request: ApiRequests[M]) => send(API_CHANNELS[method], request) as ApiCall<M>
}

/** What the preload exposes as `window.api`: one named method per channel, nothing generic. */
export type Api = {
  [M in ApiMethod]: (request: ApiRequests[M]) => ApiCall<M>
} & {
  [E in ApiEvent]: (listener: (payload: ApiEventPayloads[E]) => void) => () => void
} & {
  /** Where a file the user dropped on the window lives (Electron's webUtils); not an IPC call. */
  pathForDroppedFile: (file: object) => string
}
