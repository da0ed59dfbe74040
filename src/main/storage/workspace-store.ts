import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Workspace } from '../../shared/workspace/schema'
import { bundlePaths, OPENER_TEXT, WORKSPACE_FILE, type BundlePaths } from './bundle'
import { sweepTempFiles, writeFileDurably, type WriteFs } from './durable-write'
import { lockWorkspace, type LockOutcome } from './lock'
import { createSnapshotStore, type SnapshotStore } from './snapshots'
import { openWorkspaceDb, WorkspaceLoadError } from './workspace-file'
import { serializeWorkspace } from './workspace-serializer'

/** Raised instead of overwriting a file that another program changed while it was open. */
export class ExternalChangeError extends Error {
  readonly code = 'EXTERNAL_CHANGE'
  constructor(readonly conflictFile: string) {
    super(
      `the file was changed by another program, so it was not overwritten; your version is kept in ${conflictFile}. Compare the two, then keep yours or use the file’s`
    )
  }
}

/**
 * What the file looked like after our last write. The content hash is what decides: a bare
 * `touch` changes only the times and is no change, while an in-place edit whose mtime was put
 * back (`touch -r`) keeps inode, size and mtime and is one.
 */
type Fingerprint = { sha256: string } | null

async function fingerprint(file: string): Promise<Fingerprint> {
  const bytes = await fs.readFile(file).catch(() => null)
  return bytes && { sha256: createHash('sha256').update(bytes).digest('hex') }
}

const hashOf = (text: string | Uint8Array): Fingerprint => ({ sha256: createHash('sha256').update(text).digest('hex') })

export type StoreDeps = {
  snapshotsRoot: string
  now: () => Date
  onLockLost: (error: Error) => void
  fs?: WriteFs
}

export type OpenedWorkspace = {
  paths: BundlePaths
  workspace: Workspace
  readOnlyReason: string | null
  notice: string | null
  snapshots: SnapshotStore
  save(workspace: Workspace): Promise<void>
  /** The conflict copy holding this app's version while the file holds another program's; else null. */
  conflictFile(): string | null
  /** Lets the next save write over the other program's version (the user chose to keep theirs). */
  overrideOutsideChange(): Promise<void>
  close(): Promise<void>
}

/**
 * Opens a workspace bundle for editing: takes its lock, clears temp files a crash left behind,
 * validates the file, and keeps a copy of the original when an older format is upgraded.
 * Throws WorkspaceLoadError (with the file untouched) when the file cannot be used.
 */
export async function openWorkspaceBundle(bundle: string, deps: StoreDeps): Promise<OpenedWorkspace> {
  const paths = bundlePaths(bundle)
  const isFolder = await fs.stat(bundle).then((info) => info.isDirectory(), () => false)
  if (!isFolder) throw new WorkspaceLoadError(bundle, 'the workspace folder does not exist')

  const outcome = await lockWorkspace(bundle, paths.lockFile, deps.onLockLost)
  const lock = outcome.kind === 'locked' ? outcome.lock : null
  try {
    if (lock) {
      await sweepTempFiles(paths.workspaceFile)
      await addOpener(paths)
    }
    const { db, loaded } = await openWorkspaceDb(paths.workspaceFile, paths.backupFile, deps.fs)
    let notice: string | null = null
    if (loaded.migratedFrom !== null) {
      const original = `workspace.v${loaded.migratedFrom}.json`
      // The first kept original is the truest one; a copy that fails must not stop the open.
      const kept = await fs.stat(join(bundle, original)).then(() => true, () => false)
      if (!kept) await writeFileDurably(join(bundle, original), loaded.text).catch(() => undefined)
      notice = `This workspace was upgraded from an older format. The original file was kept as ${original} in the workspace folder.`
    }
    const readOnlyReason = loaded.readOnlyReason ?? lockProblem(outcome)

    const snapshots = createSnapshotStore(deps.snapshotsRoot, loaded.workspace.id, deps.now)
    let known = await fingerprint(paths.workspaceFile)
    // One conflict copy per outside change: later saves update it instead of adding more.
    let conflict: { file: string; theirs: string } | null = null

    return {
      paths,
      workspace: loaded.workspace,
      readOnlyReason,
      notice,
      snapshots,
      async save(workspace) {
        if (readOnlyReason) throw new Error(`refusing to save a read-only workspace: ${readOnlyReason}`)
        const current = await fingerprint(paths.workspaceFile)
        if (current?.sha256 !== known?.sha256) {
          const theirs = current?.sha256 ?? 'deleted'
          if (conflict?.theirs !== theirs) {
            const stamp = deps.now().toISOString().replace(/[:.]/g, '-')
            conflict = { file: join(bundle, `${WORKSPACE_FILE.replace('.json', '')}.conflict-${stamp}.json`), theirs }
          }
          await writeFileDurably(conflict.file, serializeWorkspace(workspace))
          throw new ExternalChangeError(conflict.file)
        }
        db.data = workspace
        await db.write()
        // The same bytes the adapter wrote (serialising is deterministic), kept to compare next time.
        const written = serializeWorkspace(workspace)
        known = hashOf(written)
        conflict = null
        // A snapshot is a bonus: failing to take one must not turn a good save into a failure.
        await snapshots.maybeTake(() => written).catch(() => false)
      },
      conflictFile: () => conflict?.file ?? null,
      async overrideOutsideChange() {
        known = await fingerprint(paths.workspaceFile)
      },
      async close() {
        await lock?.release()
      }
    }
  } catch (error) {
    await lock?.release()
    throw error
  }
}

/** Why a workspace without its lock is read-only, and what the user can do about it. */
function lockProblem(outcome: LockOutcome): string | null {
  switch (outcome.kind) {
    case 'locked':
      return null
    case 'held-elsewhere':
      return 'Open in another Cluster Workbench window or on another computer, so it is read-only here. If nobody has it open, close it and open it again in a few seconds.'
    case 'unwritable':
      return 'This folder cannot be written (you may only have permission to read it, or the disk is read-only), so the workspace is read-only here. Use File > Save As to keep an editable copy in a folder of your own.'
  }
}

/**
 * Creates a new bundle folder holding `workspace`. Refuses to touch anything that already
 * exists, so a mistyped path can never replace someone's workspace.
 */
export async function createWorkspaceBundle(bundle: string, workspace: Workspace): Promise<void> {
  await fs.mkdir(dirname(bundle), { recursive: true })
  await fs.mkdir(bundle) // fails with EEXIST when the folder is already there
  const paths = bundlePaths(bundle)
  await fs.mkdir(paths.attachmentsDir)
  await writeFileDurably(paths.workspaceFile, serializeWorkspace(workspace))
  await addOpener(paths)
}

/** The file the OS opens the app with on double-click (bundle.ts); best effort, never replaced. */
async function addOpener(paths: BundlePaths): Promise<void> {
  await fs.writeFile(paths.openerFile, OPENER_TEXT, { flag: 'wx' }).catch(() => undefined)
}
