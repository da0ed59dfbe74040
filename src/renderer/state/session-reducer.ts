import type { SaveStatus, SessionView } from '../../shared/ipc'
import { applyCommand, type Command } from '../../shared/workspace/commands'

export type SessionState = { session: SessionView | null }

export type SessionAction =
  | { type: 'session'; session: SessionView }
  | { type: 'status'; status: SaveStatus }
  | { type: 'applied'; command: Command }
  | { type: 'confirmed'; canUndo: boolean; canRedo: boolean }

/** One-way state: main's views replace it; local commands are applied optimistically with the same pure op. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const session = state.session
  switch (action.type) {
    case 'session':
      return { session: action.session }
    case 'status':
      return session?.state === 'open' ? { session: { ...session, status: action.status } } : state
    case 'applied':
      if (session?.state !== 'open') return state
      return {
        session: {
          ...session,
          view: {
            ...session.view,
            workspace: applyCommand(session.view.workspace, action.command),
            revision: session.view.revision + 1
          }
        }
      }
    case 'confirmed':
      if (session?.state !== 'open') return state
      return { session: { ...session, view: { ...session.view, canUndo: action.canUndo, canRedo: action.canRedo } } }
  }
}
