import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import type {
  ApiEventPayloads,
  BackupEntry,
  LoadFailure,
  ParsedRequests,
  SaveStatus,
  SessionView
} from '../../shared/ipc'
import { applyCommand, isUndoable, type Command } from '../../shared/workspace/commands'
import { emptyHistory, recordChange, redo, undo, type History } from '../../shared/workspace/history'
import { createWorkspace, type Workspace } from '../../shared/workspace/schema'
import { createAutosaver, type Autosaver } from '../storage/autosave'
import { bundleDisplayName, bundleFromPath, bundlePaths, safeFileName, withBundleExtension } from '../storage/bundle'
import { errorCode, writeFileDurably, type WriteFs } from '../storage/durable-write'
import { describeFsError, isRetryable } from '../storage/fs-errors'
import { createSnapshotStore } from '../storage/snapshots'
import { readWorkspaceFile, WorkspaceLoadError } from '../storage/workspace-file'
import { serializeWorkspace } from '../storage/workspace-serializer'
import { createWorkspaceBundle, openWorkspaceBundle, type OpenedWorkspace } from '../storage/workspace-store'
import { AppError } from './app-error'
import type { AppStateStore } from './app-state'

/** Native dialogs, passed in so the service runs (and is tested) without Electron. */
export type WorkspaceDialogs = {
  chooseNewBundle(suggestedName: string): Promise<string | null>
  chooseBundleToOpen(): Promise<string | null>
  chooseSaveAsBundle(suggestedName: string): Promise<string | null>
  chooseCsvToImport(): Promise<string | null>
  chooseCsvExport(suggestedName: string): Promise<string | null>
  choosePdfToImport(): Promise<string | null>
  chooseAttachmentCopy(suggestedName: string): Promise<string | null>
  chooseLogoImage(): Promise<string | null>
}

export type EmitEvent = <E extends keyof ApiEventPayloads>(event: E, payload: ApiEventPayloads[E]) => void

export type SessionDeps = {
  appState: AppStateStore
  snapshotsRoot: string
  demoBundle: string
  demoSource: string
  dialogs: WorkspaceDialogs
  emit: EmitEvent
  now: () => Date
  newId: () => string
  onOpened?: (bundle: string) => void
  fs?: WriteFs
  autosave?: { delayMs?: number; maxDelayMs?: number; retryMs?: number }
}

type Current = {
  opened: OpenedWorkspace
  workspace: Workspace
  revision: number
  history: History
  status: SaveStatus
  autosaver: Autosaver<Workspace>
}

/** The workspace that is open (at most one per window), and everything that changes it. */
export function createSessionService(deps: SessionDeps) {
  let current: Current | null = null
  let failure: LoadFailure | null = null

  function view(): SessionView {
    if (!current) return { state: 'closed', recent: recentEntries(), failure }
    const { opened, workspace, revision, history, status } = current
    return {
      state: 'open',
      status,
      view: {
        fileName: bundleDisplayName(opened.paths.bundle),
        location: opened.paths.bundle,
        workspace,
        revision,
        readOnlyReason: opened.readOnlyReason,
        canUndo: history.past.length > 0,
        canRedo: history.future.length > 0,
        notice: opened.notice
      }
    }
  }

  function recentEntries() {
    return deps.appState.get().recent.map(({ id, name, path, openedAt }) => ({
      id,
      name,
      location: path,
      openedAt
    }))
  }

  function setStatus(status: SaveStatus) {
    if (!current) return
    current.status = status
    deps.emit('onSaveStatus', status)
  }

  function requireCurrent(): Current {
    if (!current) throw new AppError('no-workspace', 'No workspace is open.')
    return current
  }

  function requireWritable(): Current {
    const open = requireCurrent()
    if (open.opened.readOnlyReason) throw new AppError('read-only', open.opened.readOnlyReason)
    return open
  }

  /** Saves what is pending and lets go of the current workspace; refuses if that would lose edits. */
  async function closeCurrent(): Promise<void> {
    if (!current) return
    const outcome = await current.autosaver.flush()
    if (!outcome.ok) {
      throw new AppError(
        'io',
        `Your latest changes to "${bundleDisplayName(current.opened.paths.bundle)}" could not be saved (${outcome.reason}). Fix that, or use File > Save As to keep them elsewhere, before closing it.`
      )
    }
    current.autosaver.dispose()
    await current.opened.close()
    current = null
  }

  async function backupsFor(bundle: string): Promise<(BackupEntry & { file: string })[]> {
    const { backupFile } = bundlePaths(bundle)
    const entries: (BackupEntry & { file: string })[] = []
    const previous = await fs.stat(backupFile).catch(() => null)
    if (previous) {
      entries.push({ id: 'previous-save', label: 'previous save', savedAt: previous.mtime.toISOString(), file: backupFile })
    }
    const workspaceId = deps.appState.get().recent.find((entry) => entry.path === bundle)?.workspaceId
    if (workspaceId) entries.push(...(await createSnapshotStore(deps.snapshotsRoot, workspaceId, deps.now).entries()))
    return entries
  }

  async function openBundle(path: string): Promise<SessionView> {
    const bundle = bundleFromPath(path)
    await closeCurrent()
    failure = null
    let opened: OpenedWorkspace
    try {
      opened = await openWorkspaceBundle(bundle, {
        snapshotsRoot: deps.snapshotsRoot,
        now: deps.now,
        onLockLost: (error) => setStatus({ state: 'failed', reason: `lost the workspace lock (${error.message})`, retrying: true }),
        ...(deps.fs ? { fs: deps.fs } : {})
      })
    } catch (error) {
      // Whatever went wrong, the user gets the start screen with the reason, never a dead app.
      const loadError = error instanceof WorkspaceLoadError ? error : new WorkspaceLoadError(bundle, describeFsError(error))
      const backups = (await backupsFor(bundle).catch(() => [])).map(({ id, label, savedAt }) => ({ id, label, savedAt }))
      failure = { location: loadError.file, reason: loadError.reason, backups }
      await deps.appState.update((state) => ({ ...state, lastOpened: null }))
      return view()
    }
    const autosaver = createAutosaver<Workspace>({
      write: (workspace) => opened.save(workspace),
      onStatus: setStatus,
      describeError: describeFsError,
      isRetryable,
      now: deps.now,
      ...deps.autosave
    })
    current = {
      opened,
      workspace: opened.workspace,
      revision: 0,
      history: emptyHistory,
      autosaver,
      status: opened.readOnlyReason
        ? { state: 'read-only', reason: opened.readOnlyReason }
        : { state: 'saved', at: deps.now().toISOString() }
    }
    // The recent list is a convenience: an unwritable app folder must not undo a good open.
    await deps.appState.recordOpened(bundle, bundleDisplayName(bundle), opened.workspace.id).catch(() => undefined)
    deps.onOpened?.(bundle)
    return view()
  }

  async function createBundle(bundle: string, workspace: Workspace): Promise<void> {
    try {
      await createWorkspaceBundle(bundle, workspace)
    } catch (error) {
      if (errorCode(error) === 'EEXIST') {
        throw new AppError('already-exists', `"${bundle}" already exists. Choose another name, or open it instead.`)
      }
      throw new AppError('io', `Could not create "${bundle}": ${describeFsError(error)}.`)
    }
  }

  async function ensureDemo(): Promise<string> {
    const { workspaceFile } = bundlePaths(deps.demoBundle)
    if (await fs.stat(workspaceFile).then(() => true, () => false)) return deps.demoBundle
    const demo = await readWorkspaceFile(deps.demoSource)
    await fs.mkdir(bundlePaths(deps.demoBundle).attachmentsDir, { recursive: true })
    await writeFileDurably(workspaceFile, serializeWorkspace(demo.workspace))
    return deps.demoBundle
  }

  function changed(next: Workspace, undoable: boolean) {
    const open = requireWritable()
    open.revision += 1
    if (next !== open.workspace) {
      if (undoable) open.history = recordChange(open.history, open.workspace)
      open.workspace = next
      open.autosaver.schedule(next, open.revision)
    }
  }

  /** Moves through the undo history (undo or redo) and saves the state it lands on. */
  function travel(move: typeof undo): SessionView {
    const open = requireWritable()
    const step = move(open.history, open.workspace)
    if (step) {
      open.history = step.history
      changed(step.workspace, false)
    }
    return view()
  }

  return {
    getSession: (): SessionView => view(),

    /** The open workspace as it is now (with unsaved edits): what exports print. */
    currentWorkspace: (): Workspace => requireCurrent().workspace,

    /** Where the open workspace keeps imported files; `writable` refuses read-only workspaces. */
    attachmentsDir: ({ writable }: { writable: boolean }): string =>
      (writable ? requireWritable() : requireCurrent()).opened.paths.attachmentsDir,

    /** What to show at launch: the last workspace, the demo on a first run, or the start screen. */
    async start(): Promise<SessionView> {
      const state = deps.appState.get()
      if (state.lastOpened) return openBundle(state.lastOpened)
      if (!state.demoShown) {
        try {
          await deps.appState.update((s) => ({ ...s, demoShown: true }))
          return await openBundle(await ensureDemo())
        } catch (error) {
          failure = { location: deps.demoBundle, reason: describeFsError(error), backups: [] }
        }
      }
      return view()
    },

    openPath: (path: string) => openBundle(path),

    /** A file or folder the user dropped on the window: opened only if it is a workspace. */
    async openDropped({ path }: ParsedRequests['openDroppedWorkspace']): Promise<SessionView> {
      const bundle = bundleFromPath(path)
      const info = await fs.stat(bundle).catch(() => null)
      if (!info?.isDirectory() || !(await fs.stat(bundlePaths(bundle).workspaceFile).catch(() => null))) {
        throw new AppError('not-found', 'That is not a Cluster Workbench workspace. Drop a .cluster folder (or the workspace.json inside it).')
      }
      return openBundle(bundle)
    },

    async newWorkspace({ name }: ParsedRequests['newWorkspace']): Promise<SessionView> {
      const chosen = await deps.dialogs.chooseNewBundle(`${safeFileName(name)}.cluster`)
      if (!chosen) return view()
      const bundle = withBundleExtension(chosen)
      await createBundle(bundle, createWorkspace({ id: deps.newId(), now: deps.now().toISOString(), name }))
      return openBundle(bundle)
    },

    async openWorkspace(request: ParsedRequests['openWorkspace']): Promise<SessionView> {
      switch (request.from) {
        case 'demo':
          return openBundle(await ensureDemo())
        case 'recent': {
          const entry = deps.appState.get().recent.find((item) => item.id === request.id)
          if (!entry) throw new AppError('not-found', 'That workspace is no longer in the recent list.')
          return openBundle(entry.path)
        }
        case 'dialog': {
          const chosen = await deps.dialogs.chooseBundleToOpen()
          return chosen ? openBundle(chosen) : view()
        }
      }
    },

    async saveWorkspaceAs(): Promise<SessionView> {
      const open = requireCurrent()
      const chosen = await deps.dialogs.chooseSaveAsBundle(`${safeFileName(open.workspace.cluster.name)} copy.cluster`)
      if (!chosen) return view()
      const bundle = withBundleExtension(chosen)
      // A copy gets its own id so the two never share snapshot history.
      const copy: Workspace = { ...open.workspace, id: deps.newId(), cluster: { ...open.workspace.cluster, example: false } }
      await createBundle(bundle, copy)
      try {
        await fs.cp(open.opened.paths.attachmentsDir, bundlePaths(bundle).attachmentsDir, { recursive: true })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          // A copy without its PDFs would look complete and is not: remove it and say so.
          await fs.rm(bundle, { recursive: true, force: true }).catch(() => undefined)
          throw new AppError('io', `The copy could not be made because the imported PDFs could not be copied (${describeFsError(error)}). Your workspace is unchanged and still open.`)
        }
      }
      // The copy holds every edit, so the original may be let go even if its last save failed.
      open.autosaver.dispose()
      await open.opened.close()
      current = null
      return openBundle(bundle)
    },

    async closeWorkspace(): Promise<SessionView> {
      await closeCurrent()
      await deps.appState.update((state) => ({ ...state, lastOpened: null }))
      return view()
    },

    /** A change main makes itself (an import): applied to the current state; the caller sends the new view. */
    applyFromMain(command: Command): SessionView {
      changed(applyCommand(requireWritable().workspace, command), isUndoable(command))
      return view()
    },

    applyCommand({ command, baseRevision }: ParsedRequests['applyCommand']) {
      const open = requireWritable()
      if (baseRevision !== open.revision) {
        throw new AppError('stale-revision', 'The workspace changed meanwhile; reloading it.')
      }
      changed(applyCommand(open.workspace, command), isUndoable(command))
      return { revision: open.revision, canUndo: open.history.past.length > 0, canRedo: open.history.future.length > 0 }
    },

    undo: (): SessionView => travel(undo),

    redo: (): SessionView => travel(redo),

    /** After a failed open: moves the damaged file aside (bytes kept) and puts a backup in its place. */
    async restoreBackup({ backupId }: ParsedRequests['restoreBackup']): Promise<SessionView> {
      if (!failure) throw new AppError('not-found', 'There is no damaged workspace to restore.')
      const bundle = bundleFromPath(failure.location)
      const backup = (await backupsFor(bundle)).find((entry) => entry.id === backupId)
      if (!backup) throw new AppError('not-found', 'That backup no longer exists.')
      const restored = await readWorkspaceFile(backup.file).catch((error: unknown) => {
        throw new AppError('io', `That backup cannot be used either: ${error instanceof WorkspaceLoadError ? error.reason : String(error)}.`)
      })
      const { workspaceFile } = bundlePaths(bundle)
      const stamp = deps.now().toISOString().replace(/[:.]/g, '-')
      await fs.rename(workspaceFile, join(bundle, `workspace.damaged-${stamp}.json`)).catch(() => undefined)
      await writeFileDurably(workspaceFile, restored.text)
      return openBundle(bundle)
    },

    async forgetRecent({ id }: ParsedRequests['forgetRecent']): Promise<SessionView> {
      await deps.appState.update((state) => ({ ...state, recent: state.recent.filter((entry) => entry.id !== id) }))
      return view()
    },

    /** Writes pending edits now (before quitting); resolves with the honest outcome. */
    flush: () => current?.autosaver.flush() ?? Promise.resolve({ ok: true as const }),

    hasUnsaved: () => current?.autosaver.hasUnsaved() ?? false,


    async dispose(): Promise<void> {
      if (!current) return
      await current.autosaver.flush()
      current.autosaver.dispose()
      await current.opened.close()
      current = null
    },
  }
}

export type SessionService = ReturnType<typeof createSessionService>
