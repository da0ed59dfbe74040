import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver } from '../../../src/main/storage/autosave'

afterEach(() => void vi.useRealTimers())

/** A status listener that throws, as sending to a destroyed window does in Electron. */
const throwingStatus = () => {
  throw new TypeError('Object has been destroyed')
}

describe('an autosaver whose status listener throws', () => {
  it('still writes a scheduled edit and reports no unsaved work afterwards', async () => {
    vi.useFakeTimers()
    const written: string[] = []
    const saver = createAutosaver<string>({
      write: async (value) => void written.push(value),
      onStatus: throwingStatus,
      describeError: String,
      isRetryable: () => true,
      delayMs: 300
    })
    saver.schedule('last edit', 1)
    await vi.advanceTimersByTimeAsync(300)
    expect(written).toEqual(['last edit'])
    expect(saver.hasUnsaved()).toBe(false)
  })

  it('resolves flush with the write outcome, so quitting never hangs', async () => {
    const written: string[] = []
    const saver = createAutosaver<string>({
      write: async (value) => void written.push(value),
      onStatus: throwingStatus,
      describeError: String,
      isRetryable: () => true
    })
    saver.schedule('typed just before Cmd+Q', 1)
    await expect(saver.flush()).resolves.toEqual({ ok: true })
    expect(written).toEqual(['typed just before Cmd+Q'])
    saver.dispose()
  })
})
