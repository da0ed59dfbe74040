import type { LibraryView } from './library-view'

/**
 * A request from elsewhere in the app (Help > What Is a Cluster?) to show a page of the
 * library. The library takes it when it opens, or at once if it is already open.
 */
let pending: LibraryView | null = null
const listeners = new Set<() => void>()

export function openInLibrary(view: LibraryView): void {
  pending = view
  listeners.forEach((listener) => listener())
}

export function takeLibraryIntent(): LibraryView | null {
  const view = pending
  pending = null
  return view
}

export function onLibraryIntent(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
