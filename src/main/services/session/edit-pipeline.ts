import type { ParsedRequests, SessionView } from '../../../shared/ipc'
import { applyCommand, isUndoable, type WorkspaceCommand } from '../../../shared/workspace/commands'
import { recordChange, redo, undo } from '../../../shared/workspace/history'
import type { Workspace } from '../../../shared/workspace/schema'
import { AppError } from '../app-error'
import type { EmitEvent } from './deps'
import type { OpenState } from './open-state'
import { rebaseCommand, rememberRevision } from './team-rebase'

/**
 * Edits to the open workspace: each one bumps the revision, feeds undo, and schedules a save.
 * In a shared workspace each edit also goes into the team state, whose undo is per person.
 */
export function createEditPipeline(state: OpenState, emit: EmitEvent) {
  function changed(next: Workspace, undoable: boolean) {
    const open = state.requireWritable()
    open.revision += 1
    if (next !== open.workspace) {
      if (open.team) open.team.record(open.workspace, next, undoable)
      else if (undoable) open.history = recordChange(open.history, open.workspace)
      open.workspace = next
      open.autosaver.schedule(next, open.revision)
    }
    rememberRevision(open)
  }

  /** Moves through the undo history (undo or redo) and saves the state it lands on. */
  function travel(move: typeof undo, teamMove: 'undo' | 'redo'): SessionView {
    const open = state.requireWritable()
    if (open.team) {
      const landed = open.team[teamMove]()
      if (landed) {
        open.revision += 1
        open.workspace = landed
        open.autosaver.schedule(landed, open.revision)
        rememberRevision(open)
      }
      return state.view()
    }
    const step = move(open.history, open.workspace)
    if (step) {
      open.history = step.history
      changed(step.workspace, false)
    }
    return state.view()
  }

  return {
    /** A change main makes itself (an import): applied to the current state; the caller sends the new view. */
    applyFromMain(command: WorkspaceCommand): SessionView {
      changed(applyCommand(state.requireWritable().workspace, command), isUndoable(command))
      return state.view()
    },

    applyCommand({ command, baseRevision }: ParsedRequests['applyCommand']) {
      const open = state.requireWritable()
      const stale = baseRevision !== open.revision
      // A shared workspace changes under the page whenever the team edits: the command is applied
      // to what main holds (as Yjs merges it) and the page is sent the result instead of a reload.
      if (stale && !open.team) {
        throw new AppError('stale-revision', 'The workspace changed meanwhile; reloading it.')
      }
      changed(applyCommand(open.workspace, stale ? rebaseCommand(open, command, baseRevision) : command), isUndoable(command))
      if (stale) emit('onSessionChanged', state.view())
      const team = open.team
      return { revision: open.revision, canUndo: team ? team.canUndo() : open.history.past.length > 0, canRedo: team ? team.canRedo() : open.history.future.length > 0 }
    },

    undo: (): SessionView => travel(undo, 'undo'),

    redo: (): SessionView => travel(redo, 'redo')
  }
}
