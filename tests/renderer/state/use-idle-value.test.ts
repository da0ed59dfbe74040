import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useIdleValue } from '../../../src/renderer/state/use-idle-value'

afterEach(() => vi.unstubAllGlobals())

describe('useIdleValue', () => {
  it('starts with the value, follows a change only once the page is idle, and drops a superseded wait', () => {
    const pending = new Map<number, IdleRequestCallback>()
    let next = 0
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => (pending.set(++next, callback), next))
    vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle))
    const idle = () => act(() => [...pending.values()].forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 10 })))

    const { result, rerender } = renderHook(({ value }) => useIdleValue(value), { initialProps: { value: 'a' } })
    expect(result.current).toBe('a')
    expect(pending.size).toBe(0)

    rerender({ value: 'b' })
    rerender({ value: 'c' })
    expect(result.current).toBe('a')
    expect(pending.size).toBe(1) // the wait for "b" was cancelled when "c" came

    idle()
    expect(result.current).toBe('c')
    expect(pending.size).toBe(0)
  })
})
