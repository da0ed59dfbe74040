import { useCallback } from 'react'
import { countOf } from '../../../shared/plural'
import { api } from '../../api'
import { useNotices } from '../../state/notices'
import { useOpenWorkspace, useSession } from '../../state/session-context'

/** Deleting with an undo offer, shared by the map and the list. */
export function useRemoveMembers() {
  const { apply, updateSession } = useSession()
  const { notify } = useNotices()
  const { workspace } = useOpenWorkspace()
  return useCallback(
    (ids: string[]) => {
      const name = ids.length === 1 ? (workspace.members.find((member) => member.id === ids[0])?.name ?? 'the member') : countOf(ids.length, 'member', 'members')
      apply({ type: 'member/remove', ids })
      notify('info', `Deleted ${name}.`, { label: 'Undo', run: () => void updateSession(() => api.undo({})) })
    },
    [apply, notify, updateSession, workspace.members]
  )
}
