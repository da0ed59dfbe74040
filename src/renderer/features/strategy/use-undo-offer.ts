import { useCallback } from 'react'
import { api } from '../../api'
import { useNotices } from '../../state/notices'
import { useSession } from '../../state/session-context'

/**
 * After a change that replaces much of the draft (restoring a snapshot, starting again), a
 * notice saying what happened with a visible Undo, instead of asking "are you sure?" first.
 */
export function useUndoOffer(): (message: string) => void {
  const { updateSession } = useSession()
  const { notify } = useNotices()
  return useCallback((message: string) => notify('info', message, { label: 'Undo', run: () => void updateSession(() => api.undo({})) }), [notify, updateSession])
}
