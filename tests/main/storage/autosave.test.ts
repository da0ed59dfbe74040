import { describe, expect, it, vi } from 'vitest'
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

describe('createAutosaver', () => {
  it('writes only the latest value after edits pause, then reports saved', async () => {
    const written: string[] = []
    const { saver, statuses } = setup(async (value) => void written.push(value))
    saver.schedule('a', 1)
    saver.schedule('ab', 2)
    saver.schedule('abc', 3)
    await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('saved'))
    expect(written).toEqual(['abc'])
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving', 'saved'])
  })

  it('writes at least every maxDelay while edits keep coming', async () => {
    const written: string[] = []
    const { saver } = setup(async (value) => void written.push(value))
    for (let i = 0; i < 12; i += 1) {
      saver.schedule(`v${i}`, i + 1)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(written.length).toBeGreaterThanOrEqual(1)
    await saver.flush()
    expect(written.at(-1)).toBe('v11')
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
    await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('saved'), { timeout: 2000 })
    const states = statuses.map((s) => s.state)
    expect(states.filter((s) => s === 'failed')).toHaveLength(2)
    expect(statuses.find((s) => s.state === 'failed')).toEqual({ state: 'failed', reason: 'the disk is full', retrying: true })
    expect(states.indexOf('saved')).toBe(states.length - 1)
    expect(written).toEqual(['precious'])
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
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    gate.resolve()
    await expect(inFlight).resolves.toEqual({ ok: true })
    expect(saver.hasUnsaved()).toBe(false)
  })
})
