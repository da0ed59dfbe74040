import { useMemo, useState } from 'react'
import { duplicateGroups } from '../../../shared/members/duplicates'
import { placementLabel } from '../../../shared/pillars'
import { STAGE_LABELS } from '../../../shared/workspace/member'
import { Modal } from '../../components/Modal'
import { useOpenWorkspace, useSession } from '../../state/session-context'

/** Members that look like the same organisation: merge each group into one, or keep them apart. */
export function DuplicatesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { workspace, readOnly } = useOpenWorkspace()
  const { apply } = useSession()
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set())
  const groups = useMemo(() => duplicateGroups(workspace.members).filter((group) => !kept.has(group.map((m) => m.id).join())), [workspace.members, kept])

  return (
    <Modal title="Possible duplicates" open={open} onClose={onClose} wide>
      <div className="stack">
        {groups.length === 0 ? (
          <p>No members look alike (same name or same website).</p>
        ) : (
          <ul className="duplicate-groups">
            {groups.map((group) => {
              const key = group.map((m) => m.id).join()
              return (
                <li key={key} className="panel">
                  <ul className="plain-list">
                    {group.map((member) => (
                      <li key={member.id}>
                        <strong>{member.name}</strong> <span className="muted">{placementLabel(member.pillar)} · {STAGE_LABELS[member.stage]}{member.website ? ` · ${member.website}` : ''}</span>
                      </li>
                    ))}
                  </ul>
                  <div className="actions">
                    <button onClick={() => setKept(new Set([...kept, key]))}>Keep them apart</button>
                    <button className="primary" disabled={readOnly} onClick={() => apply({ type: 'member/merge', keepId: group[0]!.id, mergeIds: group.slice(1).map((m) => m.id) })}>
                      Merge into “{group[0]!.name}”
                    </button>
                  </div>
                </li>
              )
            })}
          </ul>
        )}
        <div className="actions"><button onClick={onClose}>Close</button></div>
      </div>
    </Modal>
  )
}
