import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry } from '../../shared/ipc'
import { writeFileDurably } from './durable-write'
import { isSnapshotDue, snapshotsToDelete } from './snapshot-policy'

/**
 * Periodic copies of a workspace, kept outside the bundle (in the app's data folder) so that
 * a deleted or damaged bundle does not take its history with it, and e-mailing the bundle
 * does not send the history along.
 */
export function createSnapshotStore(rootDir: string, workspaceId: string, now: () => Date) {
  const dir = join(rootDir, workspaceId)
  const nameFor = (time: Date) => `${time.toISOString().replace(/[:.]/g, '-')}.json`
  const timeOf = (name: string) => {
    const match = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.json$/.exec(name)
    return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : null
  }

  async function list(): Promise<Date[]> {
    const names = await fs.readdir(dir).catch(() => [] as string[])
    return names.map(timeOf).filter((time): time is Date => time !== null)
  }

  return {
    dir,
    /** Takes a snapshot of `text()` if the last one is old enough, then rotates old ones away. */
    async maybeTake(text: () => string | Uint8Array): Promise<boolean> {
      const times = await list()
      const latest = times.reduce<Date | null>((a, b) => (a && a > b ? a : b), null)
      const time = now()
      if (!isSnapshotDue(latest, time)) return false
      await fs.mkdir(dir, { recursive: true })
      await writeFileDurably(join(dir, nameFor(time)), text())
      const doomed = snapshotsToDelete([...times, time], time)
      await Promise.all(doomed.map((old) => fs.rm(join(dir, nameFor(old)), { force: true })))
      return true
    },

    async entries(): Promise<(BackupEntry & { file: string })[]> {
      const times = (await list()).sort((a, b) => b.getTime() - a.getTime())
      return times.map((time) => ({
        id: `snapshot-${time.getTime()}`,
        label: 'snapshot',
        savedAt: time.toISOString(),
        file: join(dir, nameFor(time))
      }))
    }
  }
}

export type SnapshotStore = ReturnType<typeof createSnapshotStore>
