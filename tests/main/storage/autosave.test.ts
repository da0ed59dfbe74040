import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveStatus } from '../../../src/shared/ipc'
import { createAutosaver } from '../../../src/main/storage/autosave'

function setup(write: (value: string) => Promise<void>, retryable = true) {
  const statuses: SaveStatus[] = []
  const saver = createAutosaver<string>({
    write,
    onStatus: (status) => statuses.push(status),
    describeError: (error) => (error as Error).message,
    isRetryable: () => retryable,
    delayMs: 20,
    maxDelayMs: 50,
    retryMs: 30
  })
  return { saver, statuses }
}

const deferred = () => {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  promise.catch(() => undefined) // rejected before the writer awaits it; the writer still sees it
  return { promise, resolve, reject }
}

// The clock is fake: timers fire when a test moves time on, so counts are exact and nothing sleeps.
describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('writes only the latest value once edits pause for delayMs, then reports saved', async () => {
    const written: string[] = []
    const { saver, statuses } = setup(async (value) => void written.push(value))
    saver.schedule('a', 1)
    saver.schedule('ab', 2)
    saver.schedule('abc', 3)
    await vi.advanceTimersByTimeAsync(19)
    expect(written).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(written).toEqual(['abc'])
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving', 'saved'])
  })

  it('writes at least every maxDelayMs while edits keep coming', async () => {
    const written: string[] = []
    const { saver } = setup(async (value) => void written.push(value))
    // An edit every 10 ms never leaves the 20 ms pause, so only the 50 ms ceiling writes.
    for (let i = 0; i < 12; i += 1) {
      saver.schedule(`v${i}`, i + 1)
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(written).toEqual(['v4', 'v9'])
    await saver.flush()
    expect(written).toEqual(['v4', 'v9', 'v11'])
  })

  it('never overlaps writes, and each flush learns the outcome of the write carrying its edit', async () => {
    const first = deferred()
    const second = deferred()
    const gates = [first, second]
    let active = 0
    let maxActive = 0
    const { saver } = setup(async () => {
      active += 1
      maxActive = Math.max(maxActive, active)
      await gates.shift()!.promise.finally(() => (active -= 1))
    }, false)
    saver.schedule('one', 1)
    const flushOne = saver.flush()
    saver.schedule('two', 2)
    const flushTwo = saver.flush()
    first.resolve()
    await expect(flushOne).resolves.toEqual({ ok: true })
    await vi.advanceTimersByTimeAsync(0) // the second write starts only after the first is done
    second.reject(new Error('the disk is full'))
    await expect(flushTwo).resolves.toEqual({ ok: false, reason: 'the disk is full' })
    expect(maxActive).toBe(1)
  })

  it('never reports saved for a failed write, keeps the edit, and retries until it succeeds', async () => {
    let failures = 2
    const written: string[] = []
    const { saver, statuses } = setup(async (value) => {
      if (failures-- > 0) throw new Error('the disk is full')
      written.push(value)
    })
    saver.schedule('precious', 1)
    await vi.advanceTimersByTimeAsync(20) // first write fails; retry in 30 ms
    await vi.advanceTimersByTimeAsync(30) // fails again; the pause doubles to 60 ms
    await vi.advanceTimersByTimeAsync(59)
    expect(written).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(written).toEqual(['precious'])
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving', 'failed', 'saving', 'failed', 'saving', 'saved'])
    expect(statuses[2]).toEqual({ state: 'failed', reason: 'the disk is full', retrying: true })
  })

  it('flush with nothing pending resolves at once; flush during a write waits for it', async () => {
    const gate = deferred()
    const { saver } = setup(() => gate.promise)
    await expect(saver.flush()).resolves.toEqual({ ok: true })
    saver.schedule('x', 1)
    const inFlight = saver.flush()
    let settled = false
    void inFlight.then(() => (settled = true))
    expect(saver.flush()).toBeInstanceOf(Promise)
    await vi.advanceTimersByTimeAsync(1000)
    expect(settled).toBe(false)
    gate.resolve()
    await expect(inFlight).resolves.toEqual({ ok: true })
    expect(saver.hasUnsaved()).toBe(false)
  })
})
