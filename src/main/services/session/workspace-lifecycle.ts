import * as fs from 'node:fs/promises'
import type { ParsedRequests, SessionView } from '../../../shared/ipc'
import { emptyHistory } from '../../../shared/workspace/history'
import { createWorkspace, type Workspace } from '../../../shared/workspace/schema'
import { createAutosaver } from '../../storage/autosave'
import { LIBRARY_LIMITS } from '../../../shared/library/workspace-library'
import { copyAttachmentFiles } from '../../storage/bounded-read'
import { bundleDisplayName, bundleFromPath, bundlePaths, safeFileName, withBundleExtension } from '../../storage/bundle'
import { errorCode, writeFileDurably } from '../../storage/durable-write'
import { describeFsError, isRetryable } from '../../storage/fs-errors'
import { readWorkspaceFile, WorkspaceLoadError } from '../../storage/workspace-file'
import { serializeWorkspace } from '../../storage/workspace-serializer'
import { createWorkspaceBundle, openWorkspaceBundle, type OpenedWorkspace } from '../../storage/workspace-store'
import { AppError } from '../app-error'
import { listBackups } from './backup-recovery'
import type { SessionDeps } from './deps'
import type { Current, OpenState } from './open-state'

/** Opening, creating, copying and closing workspaces: every way one becomes (or stops being) the open one. */
export function createWorkspaceLifecycle(deps: SessionDeps, state: OpenState, afterOpen: (current: Current) => Promise<void>) {
  /** Saves what is pending and lets go of the current workspace; refuses if that would lose edits. */
  async function closeCurrent(): Promise<void> {
    const current = state.current
    if (!current) return
    const outcome = await current.autosaver.flush()
    // After an outside change the conflict copy holds every edit (each failed save rewrote it).
    if (!outcome.ok && !current.opened.conflictFile()) {
      throw new AppError(
        'io',
        `Your latest changes to "${bundleDisplayName(current.opened.paths.bundle)}" could not be saved (${outcome.reason}). Fix that, or use File > Save As to keep them elsewhere, before closing it.`
      )
    }
    current.autosaver.dispose()
    await current.team?.close()
    await current.opened.close()
    state.current = null
  }

  async function openBundle(path: string): Promise<SessionView> {
    const bundle = bundleFromPath(path)
    await closeCurrent()
    state.failure = null
    let opened: OpenedWorkspace
    try {
      opened = await openWorkspaceBundle(bundle, {
        snapshotsRoot: deps.snapshotsRoot,
        now: deps.now,
        onLockLost: (error) => state.setStatus({ state: 'failed', reason: `lost the workspace lock (${error.message})`, retrying: true }),
        ...(deps.fs ? { fs: deps.fs } : {})
      })
    } catch (error) {
      // Whatever went wrong, the user gets the start screen with the reason, never a dead app;
      // and a workspace that failed is not opened again by itself at the next launch.
      const loadError = error instanceof WorkspaceLoadError ? error : new WorkspaceLoadError(bundle, describeFsError(error))
      const backups = (await listBackups(deps, bundle).catch(() => [])).map(({ id, label, savedAt }) => ({ id, label, savedAt }))
      state.failure = { location: loadError.file, reason: loadError.reason, backups }
      await deps.appState.update((s) => ({ ...s, lastOpened: null })).catch(() => undefined)
      return state.view()
    }
    const autosaver = createAutosaver<Workspace>({
      write: (workspace) => opened.save(workspace),
      onStatus: (status) => {
        const conflictFile = opened.conflictFile()
        state.setStatus(status.state === 'failed' && conflictFile ? { ...status, conflictFile } : status)
      },
      describeError: describeFsError,
      isRetryable,
      now: deps.now,
      ...deps.autosave
    })
    const current: Current = {
      opened,
      workspace: opened.workspace,
      revision: 0,
      history: emptyHistory,
      autosaver,
      status: opened.readOnlyReason
        ? { state: 'read-only', reason: opened.readOnlyReason }
        : { state: 'saved', at: deps.now().toISOString() },
      team: null,
      revisions: new Map()
    }
    state.current = current
    await afterOpen(current)
    // The recent list is a convenience: an unwritable app folder must not undo a good open.
    await deps.appState.recordOpened(bundle, bundleDisplayName(bundle), opened.workspace.id).catch(() => undefined)
    deps.onOpened?.(bundle)
    return state.view()
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

  return {
    openBundle,

    /** What to show at launch: the last workspace, the demo on a first run, or the start screen. */
    async start(): Promise<SessionView> {
      const saved = deps.appState.get()
      if (saved.lastOpened) return openBundle(saved.lastOpened)
      if (!saved.demoShown) {
        try {
          await deps.appState.update((s) => ({ ...s, demoShown: true }))
          return await openBundle(await ensureDemo())
        } catch (error) {
          state.failure = { location: deps.demoBundle, reason: describeFsError(error), backups: [] }
        }
      }
      return state.view()
    },

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
      if (!chosen) return state.view()
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
          return chosen ? openBundle(chosen) : state.view()
        }
      }
    },

    async saveWorkspaceAs(): Promise<SessionView> {
      const open = state.requireCurrent()
      const chosen = await deps.dialogs.chooseSaveAsBundle(`${safeFileName(open.workspace.cluster.name)} copy.cluster`)
      if (!chosen) return state.view()
      const bundle = withBundleExtension(chosen)
      // A copy gets its own id so the two never share snapshot history.
      const copy: Workspace = { ...open.workspace, id: deps.newId(), cluster: { ...open.workspace.cluster, example: false } }
      await createBundle(bundle, copy)
      try {
        await copyAttachmentFiles(open.opened.paths.attachmentsDir, bundlePaths(bundle).attachmentsDir, LIBRARY_LIMITS.pdfBytes, writeFileDurably)
      } catch (error) {
        // A copy without its PDFs would look complete and is not: remove it and say so.
        await fs.rm(bundle, { recursive: true, force: true }).catch(() => undefined)
        throw new AppError('io', `The copy could not be made because the imported PDFs could not be copied (${describeFsError(error)}). Your workspace is unchanged and still open.`)
      }
      // The copy holds every edit, so the original may be let go even if its last save failed.
      open.autosaver.dispose()
      await open.team?.close()
      await open.opened.close()
      state.current = null
      return openBundle(bundle)
    },

    /**
     * Ends an outside change the user has compared: 'mine' writes this window's version over
     * the file; 'theirs' opens the file as it is now, this window's edits staying in the
     * conflict copy the status names.
     */
    async resolveOutsideChange({ keep }: { keep: 'mine' | 'theirs' }): Promise<SessionView> {
      const open = state.requireWritable()
      if (!open.opened.conflictFile()) return state.view()
      if (keep === 'theirs') return openBundle(open.opened.paths.bundle)
      await open.opened.overrideOutsideChange()
      const outcome = await open.autosaver.flush()
      if (!outcome.ok) throw new AppError('io', `Your version could not be saved: ${outcome.reason}.`)
      return state.view()
    },

    async closeWorkspace(): Promise<SessionView> {
      await closeCurrent()
      await deps.appState.update((s) => ({ ...s, lastOpened: null }))
      return state.view()
    },

    /** Writes pending edits now (before quitting); resolves with the honest outcome. */
    flush: () => state.current?.autosaver.flush() ?? Promise.resolve({ ok: true as const }),

    hasUnsaved: () => state.current?.autosaver.hasUnsaved() ?? false,

    async dispose(): Promise<void> {
      const current = state.current
      if (!current) return
      await current.autosaver.flush()
      current.autosaver.dispose()
      await current.team?.close()
      await current.opened.close()
      state.current = null
    }
  }
}
