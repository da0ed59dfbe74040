import type * as nodeFs from 'node:fs'
import * as fs from 'node:fs/promises'
import { hostname } from 'node:os'
import lockfile from 'proper-lockfile'
import { errorCode } from './durable-write'

/** Who holds a lock: written beside it (proper-lockfile's lock is a folder it must remove empty). */
type LockOwner = { pid: number; host: string }
const ownerFileOf = (lockFile: string) => `${lockFile}-owner.json`

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
 * folder) writes the same workspace. A lock left by a crashed app on this computer is taken
 * over at once (its pid is recorded); one from elsewhere goes stale after `staleMs`. Never
 * throws for a folder that is merely read-only.
 */
export async function lockWorkspace(
  bundle: string,
  lockFile: string,
  onCompromised: (error: Error) => void,
  options: { staleMs?: number; fs?: typeof nodeFs } = {}
): Promise<LockOutcome> {
  const staleMs = options.staleMs ?? 15_000
  const take = () =>
    lockfile.lock(bundle, {
      lockfilePath: lockFile,
      stale: staleMs,
      update: Math.floor(staleMs / 3),
      retries: 0,
      realpath: false,
      onCompromised,
      ...(options.fs ? { fs: options.fs } : {})
    })
  try {
    let release: () => Promise<void>
    try {
      release = await take()
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED' || !(await clearAbandonedLock(lockFile, staleMs))) throw error
      release = await take()
    }
    const ownerFile = ownerFileOf(lockFile)
    // Best effort: without it a crash is detected by staleness instead, as before.
    await fs.writeFile(ownerFile, JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner)).catch(() => undefined)
    return {
      kind: 'locked',
      lock: {
        release: async () => {
          await fs.rm(ownerFile, { force: true }).catch(() => undefined)
          await release().catch(() => undefined)
        }
      }
    }
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ELOCKED') return { kind: 'held-elsewhere' }
    if (code && UNWRITABLE.has(code)) return { kind: 'unwritable', code }
    throw error
  }
}

/**
 * Removes a lock nobody can be holding, so the workspace opens for editing at once instead of
 * read-only for ever (or for the stale time): one whose recorded owner is a process of this
 * computer that no longer runs (the app crashed), one that is not the folder the app makes (a
 * file or a dangling link someone sent in a zip), and one without an owner dated in the future
 * (it would never go stale). Resolves whether the lock was removed.
 */
async function clearAbandonedLock(lockFile: string, staleMs: number): Promise<boolean> {
  const info = await fs.lstat(lockFile).catch(() => null)
  if (!info) return false
  const owner = await readOwner(ownerFileOf(lockFile))
  const ownerGone = owner !== null && owner.host === hostname() && owner.pid !== process.pid && !isRunning(owner.pid)
  const notOurs = !info.isDirectory()
  const foreverFresh = owner === null && info.mtimeMs > Date.now() + staleMs
  if (!ownerGone && !notOurs && !foreverFresh) return false
  await fs.rm(lockFile, { recursive: true, force: true })
  await fs.rm(ownerFileOf(lockFile), { force: true })
  return true
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockOwner>
    return Number.isInteger(parsed.pid) && typeof parsed.host === 'string' ? { pid: parsed.pid!, host: parsed.host } : null
  } catch {
    return null
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0) // signal 0 only asks whether the process exists
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM' // it exists, but belongs to someone else
  }
}
