import { useEffect, useRef } from 'react'
import { api } from '../api'

/**
 * Every text field that holds back what is typed (to send it after a pause) registers here, so
 * the page can commit them all at once when main asks before a window closes or the app quits.
 */
const flushers = new Set<() => void>()

/** Commits every held-back draft now; each commit sends its command to main synchronously. */
export function flushAllDrafts(): void {
  for (const flush of [...flushers]) flush()
}

/** Registers `flush` while the calling component is mounted; the latest `flush` is the one called. */
export function useDraftFlush(flush: () => void): void {
  const latest = useRef(flush)
  useEffect(() => {
    latest.current = flush
  })
  useEffect(() => {
    const call = () => latest.current()
    flushers.add(call)
    return () => void flushers.delete(call)
  }, [])
}

/**
 * Answers main's request before a close or quit: commit every draft, then confirm. The commits'
 * IPC calls leave before the confirmation, so main has applied them when it hears back.
 */
export function useAnswerDraftFlushRequests(): void {
  useEffect(
    () =>
      api.onFlushDrafts(({ requestId }) => {
        flushAllDrafts()
        void api.confirmDraftsFlushed({ requestId }).catch(() => undefined)
      }),
    []
  )
}
