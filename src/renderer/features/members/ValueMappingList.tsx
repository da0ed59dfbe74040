import { PLACEMENTS, placementLabel } from '../../../shared/pillars'
import { countOf } from '../../../shared/plural'
import type { UnknownValue, ValueMap } from '../../../shared/members/value-mapping'
import { MEMBER_STAGES, STAGE_LABELS } from '../../../shared/workspace/member'

type Props = { unknown: UnknownValue[]; values: ValueMap; onChange: (values: ValueMap) => void }

/** Pillar and stage values the app does not recognise, each with its row count, for the user to map. */
export function ValueMappingList({ unknown, values, onChange }: Props) {
  if (unknown.length === 0) return null
  const set = (entry: UnknownValue, to: string) => onChange({ ...values, [entry.field]: { ...values[entry.field], [entry.key]: to } })
  return (
    <section className="value-mapping" aria-labelledby="value-mapping-title">
      <h3 id="value-mapping-title" className="preview-title">Values to map</h3>
      <p className="muted">These values are not a pillar or stage the app knows. Say what each means; the workspace remembers it for the next import.</p>
      <ul className="plain-list">
        {unknown.map((entry) => {
          const id = `map-${entry.field}-${entry.key}`
          return (
            <li key={`${entry.field}:${entry.key}`} className="value-row">
              <label htmlFor={id}>
                {entry.field === 'pillar' ? 'Pillar' : 'Stage'} “{entry.value || '(empty)'}” <span className="muted">({countOf(entry.count, 'row', 'rows')})</span>
              </label>
              {entry.field === 'pillar' ? (
                <select id={id} value={values.pillar[entry.key] ?? 'unassigned'} onChange={(event) => set(entry, event.target.value)}>
                  {PLACEMENTS.map((placement) => <option key={placement} value={placement}>{placement === 'unassigned' ? 'Leave unassigned' : placementLabel(placement)}</option>)}
                </select>
              ) : (
                <select id={id} value={values.stage[entry.key] ?? 'prospect'} onChange={(event) => set(entry, event.target.value)}>
                  {MEMBER_STAGES.map((stage) => <option key={stage} value={stage}>{stage === 'prospect' ? 'Prospect (no stage yet)' : STAGE_LABELS[stage]}</option>)}
                </select>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
