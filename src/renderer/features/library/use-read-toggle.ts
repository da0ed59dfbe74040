import { useCallback } from 'react'
import { isRead } from '../../../shared/library/workspace-library'
import { useOpenWorkspace, useSession } from '../../state/session-context'

/** Whether an item is marked read, and a function that marks it read or unread (undoable). */
export function useReadMark(id: string): { read: boolean; setRead: (read: boolean) => void; readOnly: boolean } {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const setRead = useCallback(
    (read: boolean) => apply({ type: 'library/mark', ids: [id], read, at: new Date().toISOString() }),
    [apply, id]
  )
  return { read: isRead(workspace.library, id), setRead, readOnly }
}
