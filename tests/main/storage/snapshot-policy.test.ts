import { describe, expect, it } from 'vitest'
import { isSnapshotDue, KEEP_DAYS, SNAPSHOT_INTERVAL_MS, snapshotsToDelete } from '../../../src/main/storage/snapshot-policy'

const HOUR = 3600_000
const now = new Date('2026-06-30T12:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)

describe('snapshot rotation', () => {
  it('keeps everything from the last day', () => {
    const recent = Array.from({ length: 100 }, (_, i) => ago(i * 10 * 60_000))
    expect(snapshotsToDelete(recent.filter((t) => now.getTime() - t.getTime() < 24 * HOUR), now)).toEqual([])
  })

  it('keeps the newest per earlier day, for a bounded number of days', () => {
    const times: Date[] = []
    for (let h = 0; h < 40 * 24; h += 2) times.push(ago(h * HOUR))
    const doomed = new Set(snapshotsToDelete(times, now).map((t) => t.getTime()))
    const kept = times.filter((t) => !doomed.has(t.getTime()))
    const older = kept.filter((t) => now.getTime() - t.getTime() >= 24 * HOUR)
    const days = older.map((t) => t.toISOString().slice(0, 10))
    expect(new Set(days).size).toBe(days.length) // one per day
    expect(older.length).toBeLessThanOrEqual(KEEP_DAYS + 1)
    expect(Math.max(...older.map((t) => now.getTime() - t.getTime()))).toBeLessThanOrEqual(KEEP_DAYS * 24 * HOUR)
    expect(kept.length).toBeLessThan(12 + KEEP_DAYS + 2)
  })

  it('is due after the interval only', () => {
    expect(isSnapshotDue(null, now)).toBe(true)
    expect(isSnapshotDue(ago(SNAPSHOT_INTERVAL_MS - 1), now)).toBe(false)
    expect(isSnapshotDue(ago(SNAPSHOT_INTERVAL_MS), now)).toBe(true)
  })
})
