import type * as nodeFs from 'node:fs'
import lockfile from 'proper-lockfile'
import { errorCode } from './durable-write'

export type WorkspaceLock = { release: () => Promise<void> }

/** The lock, or why there is none: someone else holds it, or the folder cannot be written at all. */
export type LockOutcome =
  | { kind: 'locked'; lock: WorkspaceLock }
  | { kind: 'held-elsewhere' }
  | { kind: 'unwritable'; code: string }

// A colleague's folder, a read-only share or a locked-down disk: the workspace can still be read.
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS'])

/**
 * Takes the bundle's lock so that no second window, app instance or computer (over a shared
 * folder) writes the same workspace. A lock left by a crashed app goes stale after `staleMs`
 * and is then taken over. Never throws for a folder that is merely read-only.
 */
export async function lockWorkspace(
  bundle: string,
  lockFile: string,
  onCompromised: (error: Error) => void,
  options: { staleMs?: number; fs?: typeof nodeFs } = {}
): Promise<LockOutcome> {
  const staleMs = options.staleMs ?? 15_000
  try {
    const release = await lockfile.lock(bundle, {
      lockfilePath: lockFile,
      stale: staleMs,
      update: Math.floor(staleMs / 3),
      retries: 0,
      realpath: false,
      onCompromised,
      ...(options.fs ? { fs: options.fs } : {})
    })
    return { kind: 'locked', lock: { release: () => release().catch(() => undefined) } }
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ELOCKED') return { kind: 'held-elsewhere' }
    if (code && UNWRITABLE.has(code)) return { kind: 'unwritable', code }
    throw error
  }
}
