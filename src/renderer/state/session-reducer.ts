import type { SaveStatus, SessionView } from '../../shared/ipc'
import { applyCommand, type WorkspaceCommand } from '../../shared/workspace/commands'

/**
 * The session, and beside it (not in it) the save status: the status changes three times per edit
 * (pending, saving, saved), and every screen that reads the session would render again each time.
 */
export type SessionState = { session: SessionView | null; saveStatus: SaveStatus | null }

export type SessionAction =
  | { type: 'session'; session: SessionView }
  | { type: 'status'; status: SaveStatus }
  | { type: 'applied'; command: WorkspaceCommand }
  | { type: 'confirmed'; canUndo: boolean; canRedo: boolean }

/** One-way state: main's views replace it; local commands are applied optimistically with the same pure op. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const session = state.session
  switch (action.type) {
    case 'session':
      return { session: action.session, saveStatus: action.session.state === 'open' ? action.session.status : null }
    case 'status':
      return session?.state === 'open' ? { ...state, saveStatus: action.status } : state
    case 'applied':
      if (session?.state !== 'open') return state
      return {
        ...state,
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
      return { ...state, session: { ...session, view: { ...session.view, canUndo: action.canUndo, canRedo: action.canRedo } } }
  }
}
