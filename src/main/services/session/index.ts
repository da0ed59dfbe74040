import type { ParsedRequests, SessionView } from '../../../shared/ipc'
import type { Workspace } from '../../../shared/workspace/schema'
import { createBackupRecovery } from './backup-recovery'
import type { SessionDeps } from './deps'
import { createEditPipeline } from './edit-pipeline'
import { createOpenState } from './open-state'
import { forgetRecent } from './recent-list'
import { createTeamSync } from './team-sync'
import { createWorkspaceLifecycle } from './workspace-lifecycle'

export type { EmitEvent, SessionDeps, WorkspaceDialogs } from './deps'

/**
 * The workspace that is open (at most one per window), and everything that changes it.
 * Each job lives in its own file: opening and closing (workspace-lifecycle), edits and undo
 * (edit-pipeline), restoring a damaged file (backup-recovery), the recent list (recent-list),
 * sharing it with a team (team-sync).
 */
export function createSessionService(deps: SessionDeps) {
  const state = createOpenState(deps)
  const team = createTeamSync(deps, state)
  const lifecycle = createWorkspaceLifecycle(deps, state, team.attach)
  const edits = createEditPipeline(state, deps.emit)
  const recovery = createBackupRecovery(deps, state, lifecycle.openBundle)

  return {
    getSession: (): SessionView => state.view(),

    /** The open workspace as it is now (with unsaved edits): what exports print. */
    currentWorkspace: (): Workspace => state.requireCurrent().workspace,

    /** Where the open workspace keeps imported files; `writable` refuses read-only workspaces. */
    attachmentsDir: ({ writable }: { writable: boolean }): string =>
      (writable ? state.requireWritable() : state.requireCurrent()).opened.paths.attachmentsDir,

    start: lifecycle.start,
    openPath: (path: string) => lifecycle.openBundle(path),
    openDropped: lifecycle.openDropped,
    newWorkspace: lifecycle.newWorkspace,
    openWorkspace: lifecycle.openWorkspace,
    saveWorkspaceAs: lifecycle.saveWorkspaceAs,
    closeWorkspace: lifecycle.closeWorkspace,
    resolveOutsideChange: lifecycle.resolveOutsideChange,
    flush: lifecycle.flush,
    hasUnsaved: lifecycle.hasUnsaved,
    dispose: lifecycle.dispose,

    applyFromMain: edits.applyFromMain,
    applyCommand: edits.applyCommand,
    undo: edits.undo,
    redo: edits.redo,

    restoreBackup: recovery.restoreBackup,

    teamStatus: team.status,
    shareWithTeam: team.share,
    joinTeam: (request: ParsedRequests['joinWorkspace']) => team.join(request, lifecycle.openBundle),
    leaveTeam: team.leave,
    teamInvitation: team.invitation,
    setTeamPresence: team.presence,
    /** The open workspace's live team link (tests wait on it), or null. */
    teamLink: () => state.current?.team ?? null,

    async forgetRecent(request: ParsedRequests['forgetRecent']): Promise<SessionView> {
      await forgetRecent(deps.appState, request)
      return state.view()
    }
  }
}

export type SessionService = ReturnType<typeof createSessionService>
