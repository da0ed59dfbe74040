import type { LoadFailure, SaveStatus, SessionView } from '../../../shared/ipc'
import type { History } from '../../../shared/workspace/history'
import type { Workspace } from '../../../shared/workspace/schema'
import type { Autosaver } from '../../storage/autosave'
import { bundleDisplayName } from '../../storage/bundle'
import type { OpenedWorkspace } from '../../storage/workspace-store'
import type { TeamAttachment } from '../sync/team-attachment'
import { AppError } from '../app-error'
import type { SessionDeps } from './deps'
import { recentEntries } from './recent-list'

export type Current = {
  opened: OpenedWorkspace
  workspace: Workspace
  revision: number
  history: History
  status: SaveStatus
  autosaver: Autosaver<Workspace>
  /** The team's live link when the workspace is shared: then undo is the team state's, per person. */
  team: TeamAttachment | null
  /** Shared workspaces only: recent workspaces by revision (team-rebase.ts). */
  revisions: Map<number, Workspace>
}

/** What the session holds: the open workspace (at most one per window) or why the last open failed. */
export type OpenState = ReturnType<typeof createOpenState>

export function createOpenState(deps: Pick<SessionDeps, 'appState' | 'emit'>) {
  const state = {
    current: null as Current | null,
    failure: null as LoadFailure | null,

    view(): SessionView {
      const current = state.current
      if (!current) return { state: 'closed', recent: recentEntries(deps.appState), failure: state.failure }
      const { opened, workspace, revision, history, status, team } = current
      return {
        state: 'open',
        status,
        view: {
          fileName: bundleDisplayName(opened.paths.bundle),
          location: opened.paths.bundle,
          workspace,
          revision,
          readOnlyReason: opened.readOnlyReason,
          canUndo: team ? team.canUndo() : history.past.length > 0,
          canRedo: team ? team.canRedo() : history.future.length > 0,
          notice: opened.notice
        }
      }
    },

    setStatus(status: SaveStatus) {
      if (!state.current) return
      state.current.status = status
      deps.emit('onSaveStatus', status)
    },

    requireCurrent(): Current {
      if (!state.current) throw new AppError('no-workspace', 'No workspace is open.')
      return state.current
    },

    requireWritable(): Current {
      const open = state.requireCurrent()
      if (open.opened.readOnlyReason) throw new AppError('read-only', open.opened.readOnlyReason)
      return open
    }
  }
  return state
}
