import { useState } from 'react'
import type { Indicator } from '../../../shared/strategy/template'
import { TargetSchema, type Target } from '../../../shared/strategy/schema'
import { useDraftFlush } from '../../state/draft-registry'
import { useNotices } from '../../state/notices'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { describeIssues } from '../../../shared/workspace/load'

type Field = 'indicator' | 'unit' | 'baseline' | 'target' | 'year' | 'owner'
const COLUMNS: { field: Field; label: string }[] = [
  { field: 'indicator', label: 'Indicator' },
  { field: 'unit', label: 'Unit' },
  { field: 'baseline', label: 'Baseline' },
  { field: 'target', label: 'Target' },
  { field: 'year', label: 'Year' },
  { field: 'owner', label: 'Owner' }
]

/** Targets and KPIs as rows (indicator, unit, baseline, target, year, owner), with a starter library of indicators. */
export function TargetsPanel({ indicators }: { indicators: Indicator[] }) {
  const { apply } = useSession()
  const { notify } = useNotices()
  const { workspace, readOnly } = useOpenWorkspace()
  const targets = workspace.strategy.targets

  function put(target: Target) {
    const parsed = TargetSchema.safeParse(target)
    if (!parsed.success) return notify('error', `That target could not be saved: ${describeIssues(parsed.error)}.`)
    apply({ type: 'strategy/put-target', target: parsed.data })
  }
  const add = (indicator: string) => put(TargetSchema.parse({ id: crypto.randomUUID(), indicator }))

  return (
    <section aria-labelledby="targets-title" className="strategy-panel">
      <div className="section-header">
        <h2 id="targets-title">Targets and KPIs</h2>
        {!readOnly && (
          <div className="actions">
            <select aria-label="Add an indicator from the library" value="" onChange={(event) => event.target.value && add(event.target.value)}>
              <option value="">Add from indicator library…</option>
              {indicators.map((indicator) => (
                <option key={indicator.id} value={indicator.indicator} title={`${indicator.usedBy}: ${indicator.source.title}`}>
                  {indicator.indicator}
                </option>
              ))}
            </select>
            <button onClick={() => add('New indicator')}>Add target</button>
          </div>
        )}
      </div>
      <p className="muted">Write {'{{targets}}'} in any section to list these targets there.</p>
      {targets.length === 0 ? (
        <p className="muted">No targets yet. Quantified targets are what most clusters lack: the Greenbook survey found only 68% had them.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.field} scope="col">{column.label}</th>
              ))}
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target, row) => (
              <tr key={target.id}>
                {COLUMNS.map((column) => (
                  <td key={column.field}>
                    <CellInput
                      label={`${column.label}, row ${row + 1}`}
                      value={target[column.field] === null ? '' : String(target[column.field])}
                      numeric={column.field === 'year'}
                      readOnly={readOnly}
                      onCommit={(value) => put({ ...target, [column.field]: column.field === 'year' ? (value ? Number(value) : null) : value })}
                    />
                  </td>
                ))}
                <td>
                  {!readOnly && <button className="ghost danger" onClick={() => apply({ type: 'strategy/remove-target', id: target.id })} aria-label={`Remove target ${target.indicator}`}>Remove</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** A table cell that keeps its own draft and saves on leaving it (or Enter, or before the window closes). */
export function CellInput({ label, value, onCommit, readOnly, numeric = false }: { label: string; value: string; onCommit: (value: string) => void; readOnly: boolean; numeric?: boolean }) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft.trim())
    setDraft(null)
  }
  useDraftFlush(commit)
  return (
    <input
      aria-label={label}
      value={draft ?? value}
      inputMode={numeric ? 'numeric' : undefined}
      readOnly={readOnly}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
    />
  )
}
