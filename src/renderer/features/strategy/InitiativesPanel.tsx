import { useMemo, useState } from 'react'
import { useFieldDraft } from '../../state/use-field-draft'
import { initiativeCoverage } from '../../../shared/strategy/initiatives'
import { InitiativeSchema, type Initiative } from '../../../shared/strategy/schema'
import { InitiativeDetails } from './InitiativeDetails'
import { PILLARS, PILLAR_INFO, placementLabel } from '../../../shared/pillars'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { CellInput } from './TargetsPanel'
import { countOf } from '../../../shared/plural'

/** Initiatives with their lead and partner members, and a matrix that flags pillars an initiative lacks. */
export function InitiativesPanel() {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const { initiatives } = workspace.strategy
  const rows = useMemo(() => initiativeCoverage(initiatives, workspace.members), [initiatives, workspace.members])
  const memberName = useMemo(() => new Map(workspace.members.map((member) => [member.id, member.name])), [workspace.members])
  const put = (initiative: Initiative) => apply({ type: 'strategy/put-initiative', initiative })

  return (
    <section aria-labelledby="initiatives-title" className="strategy-panel">
      <div className="section-header">
        <h2 id="initiatives-title">Initiatives</h2>
        {!readOnly && (
          <button onClick={() => put(InitiativeSchema.parse({ id: crypto.randomUUID(), title: 'New initiative' }))}>Add initiative</button>
        )}
      </div>
      {initiatives.length === 0 && <p className="muted">No initiatives yet. Each initiative names a lead member and partners, so you can see which pillars take part.</p>}
      {initiatives.map((initiative, index) => (
        <article key={initiative.id} className="initiative">
          <CellInput label={`Initiative ${index + 1} title`} value={initiative.title} readOnly={readOnly} onCommit={(title) => title && put({ ...initiative, title })} />
          <DescriptionField initiative={initiative} readOnly={readOnly} onCommit={(description) => put({ ...initiative, description })} />
          <InitiativeDetails initiative={initiative} readOnly={readOnly} onPut={put} />
          <div className="initiative-people">
            <label>
              <span>Lead</span>
              <select value={initiative.leadId ?? ''} disabled={readOnly} onChange={(event) => put({ ...initiative, leadId: event.target.value || null })}>
                <option value="">No lead yet</option>
                {workspace.members.map((member) => (
                  <option key={member.id} value={member.id}>{member.name} ({placementLabel(member.pillar)})</option>
                ))}
              </select>
            </label>
            <MemberPicker
              label={`Add a partner to ${initiative.title}`}
              exclude={new Set([initiative.leadId ?? '', ...initiative.partnerIds])}
              disabled={readOnly}
              onPick={(id) => put({ ...initiative, partnerIds: [...initiative.partnerIds, id] })}
            />
          </div>
          {initiative.partnerIds.length > 0 && (
            <ul className="partner-chips" aria-label="Partners">
              {initiative.partnerIds.map((id) => (
                <li key={id} className="tag">
                  {memberName.get(id) ?? 'A removed member'}
                  {!readOnly && (
                    <button className="ghost" aria-label={`Remove partner ${memberName.get(id) ?? ''}`} onClick={() => put({ ...initiative, partnerIds: initiative.partnerIds.filter((p) => p !== id) })}>×</button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!readOnly && <button className="ghost danger" onClick={() => apply({ type: 'strategy/remove-initiative', id: initiative.id })}>Remove initiative</button>}
        </article>
      ))}
      {rows.length > 0 && (
        <>
          <h3>Initiatives × pillars</h3>
          <table className="data-table matrix">
            <thead>
              <tr>
                <th scope="col">Initiative</th>
                {PILLARS.map((pillar) => (
                  <th key={pillar} scope="col">{PILLAR_INFO[pillar].label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.initiative.id} className={row.missing.length ? 'has-gaps' : undefined}>
                  <th scope="row">
                    {row.initiative.title}
                    {row.missing.length > 0 && <span className="gap-flag"> Missing {countOf(row.missing.length, 'pillar', 'pillars')}</span>}
                  </th>
                  {PILLARS.map((pillar) => (
                    <td key={pillar} className={row.pillars.has(pillar) ? 'cell-yes' : 'cell-no'}>
                      {row.pillars.has(pillar) ? '✓' : <span className="sr-only">missing</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

/** Finds a member by typing part of the name; works the same for 30 members or 10,000. */
function MemberPicker({ label, exclude, onPick, disabled }: { label: string; exclude: Set<string>; onPick: (id: string) => void; disabled: boolean }) {
  const { workspace } = useOpenWorkspace()
  const [query, setQuery] = useState('')
  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase()
    if (!needle) return []
    return workspace.members.filter((member) => !exclude.has(member.id) && member.name.toLocaleLowerCase().includes(needle)).slice(0, 8)
  }, [query, workspace.members, exclude])
  return (
    <div className="member-picker">
      <input type="search" aria-label={label} placeholder="Add a partner: type a name" value={query} disabled={disabled} onChange={(event) => setQuery(event.target.value)} />
      {matches.length > 0 && (
        <ul className="picker-results">
          {matches.map((member) => (
            <li key={member.id}>
              <button
                onClick={() => {
                  onPick(member.id)
                  setQuery('')
                }}
              >
                {member.name} <span className="muted">({placementLabel(member.pillar)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function DescriptionField({ initiative, readOnly, onCommit }: { initiative: Initiative; readOnly: boolean; onCommit: (description: string) => void }) {
  const field = useFieldDraft(initiative.description, onCommit, 500)
  return (
    <textarea
      aria-label={`What ${initiative.title} will do`}
      rows={2}
      placeholder="What it will do, for whom, and why it matters"
      value={field.value}
      readOnly={readOnly}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
    />
  )
}
