import { useState } from 'react'
import { PLACEMENTS, placementLabel, type Placement } from '../../../shared/pillars'
import { countOf } from '../../../shared/plural'
import { MEMBER_STAGES, STAGE_LABELS, type MemberStage } from '../../../shared/workspace/member'
import { useSession } from '../../state/session-context'
import { parseTags } from '../../../shared/members/tags'


/** One change for every selected member: pillar, stage, tags to add or remove. One undoable step. */
export function BulkEditBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { apply } = useSession()
  const [pillar, setPillar] = useState<Placement | ''>('')
  const [stage, setStage] = useState<MemberStage | ''>('')
  const [addTags, setAddTags] = useState('')
  const [removeTags, setRemoveTags] = useState('')
  const nothing = !pillar && !stage && !parseTags(addTags).length && !parseTags(removeTags).length

  function applyEdit() {
    apply({ type: 'member/edit-many', ids, ...(pillar ? { pillar } : {}), ...(stage ? { stage } : {}), addTags: parseTags(addTags), removeTags: parseTags(removeTags) })
    onDone()
  }

  return (
    <div className="bulk-bar" role="region" aria-label="Edit the selected members">
      <strong>{countOf(ids.length, 'member', 'members')} selected</strong>
      <label>Pillar <select value={pillar} onChange={(event) => setPillar(event.target.value as Placement | '')}><option value="">(keep)</option>{PLACEMENTS.map((p) => <option key={p} value={p}>{placementLabel(p)}</option>)}</select></label>
      <label>Stage <select value={stage} onChange={(event) => setStage(event.target.value as MemberStage | '')}><option value="">(keep)</option>{MEMBER_STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}</select></label>
      <label>Add tags <input value={addTags} placeholder="a, b" onChange={(event) => setAddTags(event.target.value)} /></label>
      <label>Remove tags <input value={removeTags} placeholder="a, b" onChange={(event) => setRemoveTags(event.target.value)} /></label>
      <button className="primary" disabled={nothing} onClick={applyEdit}>Apply to {countOf(ids.length, 'member', 'members')}</button>
      <button className="ghost" onClick={onDone}>Clear selection</button>
    </div>
  )
}
