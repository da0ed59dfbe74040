import { INITIATIVE_STATUS_LABELS, INITIATIVE_STATUSES, InitiativeSchema, type Initiative } from '../../../shared/strategy/schema'
import { describeIssues } from '../../../shared/workspace/load'
import { useNotices } from '../../state/notices'
import { CellInput } from './TargetsPanel'

type Props = { initiative: Initiative; readOnly: boolean; onPut: (initiative: Initiative) => void }

/** What a funder asks of an initiative: status, start and end, budget, and its milestones. */
export function InitiativeDetails({ initiative, readOnly, onPut }: Props) {
  const { notify } = useNotices()
  const put = (patch: Partial<Initiative>) => {
    const parsed = InitiativeSchema.safeParse({ ...initiative, ...patch })
    if (!parsed.success) return notify('error', `That could not be saved: ${describeIssues(parsed.error)}.`)
    onPut(parsed.data)
  }
  const name = initiative.title
  return (
    <div className="initiative-details">
      <label>
        <span>Status</span>
        <select aria-label={`Status of ${name}`} value={initiative.status} disabled={readOnly} onChange={(event) => put({ status: event.target.value as Initiative['status'] })}>
          {INITIATIVE_STATUSES.map((status) => (
            <option key={status} value={status}>{INITIATIVE_STATUS_LABELS[status]}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Start (YYYY-MM)</span>
        <CellInput label={`Start of ${name}`} value={initiative.start ?? ''} readOnly={readOnly} onCommit={(start) => put({ start: start || null })} />
      </label>
      <label>
        <span>End (YYYY-MM)</span>
        <CellInput label={`End of ${name}`} value={initiative.end ?? ''} readOnly={readOnly} onCommit={(end) => put({ end: end || null })} />
      </label>
      <label className="wide">
        <span>Budget</span>
        <CellInput label={`Budget of ${name}`} value={initiative.budget} readOnly={readOnly} onCommit={(budget) => put({ budget })} />
      </label>
      <fieldset className="milestones">
        <legend>Milestones</legend>
        {initiative.milestones.map((milestone, index) => (
          <div key={index} className="milestone">
            <CellInput label={`Milestone ${index + 1} of ${name}`} value={milestone.title} readOnly={readOnly} onCommit={(title) => title && put({ milestones: initiative.milestones.map((m, i) => (i === index ? { ...m, title } : m)) })} />
            <CellInput label={`Milestone ${index + 1} due (YYYY-MM)`} value={milestone.due ?? ''} readOnly={readOnly} onCommit={(due) => put({ milestones: initiative.milestones.map((m, i) => (i === index ? { ...m, due: due || null } : m)) })} />
            {!readOnly && <button className="ghost danger" aria-label={`Remove milestone ${index + 1} of ${name}`} onClick={() => put({ milestones: initiative.milestones.filter((_, i) => i !== index) })}>×</button>}
          </div>
        ))}
        {!readOnly && <button className="ghost" onClick={() => put({ milestones: [...initiative.milestones, { title: 'New milestone', due: null }] })}>Add milestone</button>}
      </fieldset>
    </div>
  )
}
