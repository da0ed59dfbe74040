import { useEffect, useState } from 'react'
import { errorMessage } from '../api'

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; content: T } | { state: 'failed'; reason: string }

/**
 * For content that never changes while the app runs (the library, the templates): fetched
 * once on first use and shared; a failure is not cached, so the next visit tries again.
 */
export function loadOnce<T>(fetch: () => Promise<T>): { load: () => Promise<T>; useContent: () => Loaded<T> } {
  let cached: Promise<T> | null = null
  const load = () =>
    (cached ??= fetch().catch((error: unknown) => {
      cached = null
      throw error
    }))
  function useContent(): Loaded<T> {
    const [state, setState] = useState<Loaded<T>>({ state: 'loading' })
    useEffect(() => {
      let live = true
      load().then(
        (content) => live && setState({ state: 'ready', content }),
        (error: unknown) => live && setState({ state: 'failed', reason: errorMessage(error) })
      )
      return () => {
        live = false
      }
    }, [])
    return state
  }
  return { load, useContent }
}
