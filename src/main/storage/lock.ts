import lockfile from 'proper-lockfile'

export type WorkspaceLock = { release: () => Promise<void> }

/**
 * Takes the bundle's lock so that no second window, app instance or computer (over a shared
 * folder) writes the same workspace. Returns null when someone else holds it. A lock left by a
 * crashed app goes stale after `staleMs` and is then taken over.
 */
export async function lockWorkspace(
  bundle: string,
  lockFile: string,
  onCompromised: (error: Error) => void,
  staleMs = 15_000
): Promise<WorkspaceLock | null> {
  try {
    const release = await lockfile.lock(bundle, {
      lockfilePath: lockFile,
      stale: staleMs,
      update: Math.floor(staleMs / 3),
      retries: 0,
      realpath: false,
      onCompromised
    })
    return { release: () => release().catch(() => undefined) }
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') return null
    throw error
  }
}
