/**
 * Which snapshots to keep: every snapshot from the last day (they are taken at most every
 * `SNAPSHOT_INTERVAL_MS`), then the newest one of each earlier day for `KEEP_DAYS` days.
 * Pure, so the rotation is tested without waiting for days to pass.
 */
export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000
export const KEEP_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

export function snapshotsToDelete(takenAt: readonly Date[], now: Date): Date[] {
  const newestFirst = [...takenAt].sort((a, b) => b.getTime() - a.getTime())
  const keptDays = new Set<string>()
  const doomed: Date[] = []
  for (const time of newestFirst) {
    const age = now.getTime() - time.getTime()
    if (age < DAY_MS) continue
    const day = time.toISOString().slice(0, 10)
    if (age > KEEP_DAYS * DAY_MS || keptDays.has(day)) doomed.push(time)
    else keptDays.add(day)
  }
  return doomed
}

export function isSnapshotDue(last: Date | null, now: Date): boolean {
  return last === null || now.getTime() - last.getTime() >= SNAPSHOT_INTERVAL_MS
}
