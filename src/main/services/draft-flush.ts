import type { EmitEvent } from './session'

export type DraftFlushOutcome = 'flushed' | 'timed-out'

/**
 * Text fields send what is typed after a short pause. Before a window closes or the app quits,
 * main asks the page to send it now and waits for the page's answer, but never for long: a page
 * that hangs must not stop the app from closing.
 */
export function createDraftFlush(emit: EmitEvent) {
  let nextId = 1
  const waiting = new Map<number, () => void>()

  return {
    request(timeoutMs: number): Promise<DraftFlushOutcome> {
      const requestId = nextId++
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(requestId)
          resolve('timed-out')
        }, timeoutMs)
        waiting.set(requestId, () => {
          clearTimeout(timer)
          waiting.delete(requestId)
          resolve('flushed')
        })
        emit('onFlushDrafts', { requestId })
      })
    },

    /** The page's answer: every draft it held has been sent (and so applied) before this call. */
    confirm({ requestId }: { requestId: number }): { received: boolean } {
      const done = waiting.get(requestId)
      done?.()
      return { received: done !== undefined }
    }
  }
}

export type DraftFlush = ReturnType<typeof createDraftFlush>
