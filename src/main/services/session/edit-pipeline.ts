import type { ParsedRequests, SessionView } from '../../../shared/ipc'
import { applyCommand, isUndoable, type WorkspaceCommand } from '../../../shared/workspace/commands'
import { recordChange, redo, undo } from '../../../shared/workspace/history'
import type { Workspace } from '../../../shared/workspace/schema'
import { AppError } from '../app-error'
import type { OpenState } from './open-state'

/** Edits to the open workspace: each one bumps the revision, feeds undo, and schedules a save. */
export function createEditPipeline(state: OpenState) {
  function changed(next: Workspace, undoable: boolean) {
    const open = state.requireWritable()
    open.revision += 1
    if (next !== open.workspace) {
      if (undoable) open.history = recordChange(open.history, open.workspace)
      open.workspace = next
      open.autosaver.schedule(next, open.revision)
    }
  }

  /** Moves through the undo history (undo or redo) and saves the state it lands on. */
  function travel(move: typeof undo): SessionView {
    const open = state.requireWritable()
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
      if (baseRevision !== open.revision) {
        throw new AppError('stale-revision', 'The workspace changed meanwhile; reloading it.')
      }
      changed(applyCommand(open.workspace, command), isUndoable(command))
      return { revision: open.revision, canUndo: open.history.past.length > 0, canRedo: open.history.future.length > 0 }
    },

    undo: (): SessionView => travel(undo),

    redo: (): SessionView => travel(redo)
  }
}
