import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry, ParsedRequests, SessionView } from '../../../shared/ipc'
import { bundleFromPath, bundlePaths } from '../../storage/bundle'
import { errorCode, writeFileDurably } from '../../storage/durable-write'
import { describeFsError } from '../../storage/fs-errors'
import { createSnapshotStore } from '../../storage/snapshots'
import { readWorkspaceFile, WorkspaceLoadError } from '../../storage/workspace-file'
import { AppError } from '../app-error'
import type { SessionDeps } from './deps'
import type { OpenState } from './open-state'

export type BackupFile = BackupEntry & { file: string }

/** The copies a damaged workspace can be restored from: the previous save, then its snapshots. */
export async function listBackups(deps: Pick<SessionDeps, 'appState' | 'snapshotsRoot' | 'now'>, bundle: string): Promise<BackupFile[]> {
  const { backupFile } = bundlePaths(bundle)
  const entries: BackupFile[] = []
  const previous = await fs.stat(backupFile).catch(() => null)
  if (previous) {
    entries.push({ id: 'previous-save', label: 'previous save', savedAt: previous.mtime.toISOString(), file: backupFile })
  }
  const workspaceId = deps.appState.get().recent.find((entry) => entry.path === bundle)?.workspaceId
  if (workspaceId) entries.push(...(await createSnapshotStore(deps.snapshotsRoot, workspaceId, deps.now).entries()))
  return entries
}

/** After a failed open: puts a backup in the damaged file's place, then opens the workspace. */
export function createBackupRecovery(
  deps: Pick<SessionDeps, 'appState' | 'snapshotsRoot' | 'now'>,
  state: OpenState,
  openBundle: (bundle: string) => Promise<SessionView>
) {
  return {
    /** Moves the damaged file aside (bytes kept) and puts a backup in its place. */
    async restoreBackup({ backupId }: ParsedRequests['restoreBackup']): Promise<SessionView> {
      if (!state.failure) throw new AppError('not-found', 'There is no damaged workspace to restore.')
      const bundle = bundleFromPath(state.failure.location)
      const backup = (await listBackups(deps, bundle)).find((entry) => entry.id === backupId)
      if (!backup) throw new AppError('not-found', 'That backup no longer exists.')
      const restored = await readWorkspaceFile(backup.file).catch((error: unknown) => {
        throw new AppError('io', `That backup cannot be used either: ${error instanceof WorkspaceLoadError ? error.reason : String(error)}.`)
      })
      const { workspaceFile } = bundlePaths(bundle)
      const stamp = deps.now().toISOString().replace(/[:.]/g, '-')
      const damagedCopy = join(bundle, `workspace.damaged-${stamp}.json`)
      try {
        await fs.rename(workspaceFile, damagedCopy)
      } catch (error) {
        // Only a missing file may be replaced without a copy; otherwise its bytes would be lost.
        if (errorCode(error) !== 'ENOENT') {
          throw new AppError('io', `The damaged file could not be moved aside (${describeFsError(error)}), so it was not replaced. Nothing was changed.`)
        }
      }
      await writeFileDurably(workspaceFile, restored.text)
      return openBundle(bundle)
    }
  }
}
