import { useEffect, useState } from 'react'
import type { LibraryContent } from '../../../shared/library/schema'
import { api, errorMessage } from '../../api'

// The curated library never changes while the app runs: fetch it once and share it.
let cached: Promise<LibraryContent> | null = null

export function loadLibrary(): Promise<LibraryContent> {
  cached ??= api.getLibrary({}).catch((error: unknown) => {
    cached = null // let the next visit try again
    throw error
  })
  return cached
}

export type LibraryState = { state: 'loading' } | { state: 'ready'; content: LibraryContent } | { state: 'failed'; reason: string }

export function useLibraryContent(): LibraryState {
  const [state, setState] = useState<LibraryState>({ state: 'loading' })
  useEffect(() => {
    let live = true
    loadLibrary().then(
      (content) => live && setState({ state: 'ready', content }),
      (error: unknown) => live && setState({ state: 'failed', reason: errorMessage(error) })
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
