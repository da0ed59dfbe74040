import type { Workspace } from './schema'

/** Undo and redo over immutable workspace states (unchanged parts are shared, so this is cheap). */
export type History = { readonly past: readonly Workspace[]; readonly future: readonly Workspace[] }

export const HISTORY_LIMIT = 200
export const emptyHistory: History = { past: [], future: [] }

/** Records `before` as the state to return to; a new change clears the redo list. */
export function recordChange(history: History, before: Workspace): History {
  const past = [...history.past, before]
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] }
}

export function undo(history: History, current: Workspace): { history: History; workspace: Workspace } | null {
  const previous = history.past.at(-1)
  if (!previous) return null
  return {
    workspace: previous,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future] }
  }
}

export function redo(history: History, current: Workspace): { history: History; workspace: Workspace } | null {
  const next = history.future[0]
  if (!next) return null
  return {
    workspace: next,
    history: { past: [...history.past, current], future: history.future.slice(1) }
  }
}
