import { useState, type FormEvent } from 'react'
import type { Snapshot } from '../../../shared/strategy/schema'
import { compareDetails, compareWithSnapshot, type SectionComparison } from '../../../shared/strategy/snapshots'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { useUndoOffer } from './use-undo-offer'
import { WordDiff } from './WordDiff'
import { countOf } from '../../../shared/plural'

const CHANGE_LABELS = { unchanged: 'Unchanged', changed: 'Changed', added: 'Added since', removed: 'Removed since' } as const

/** Named versions of the strategy ("Steering group v1"): take, compare section by section, restore. */
export function SnapshotsPanel() {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const { snapshots } = workspace.strategy
  const [name, setName] = useState('')
  const [comparing, setComparing] = useState<string | null>(null)
  const compared = snapshots.find((snapshot) => snapshot.id === comparing) ?? null
  const offerUndo = useUndoOffer()

  function restore(snapshot: (typeof snapshots)[number]) {
    apply({ type: 'strategy/restore-snapshot', id: snapshot.id })
    offerUndo(`Restored “${snapshot.name}”: the draft now reads as it did then.`)
  }

  function take(event: FormEvent) {
    event.preventDefault()
    const label = name.trim() || `Version ${snapshots.length + 1}`
    const { title, sections, cover, targets, initiatives } = workspace.strategy
    apply({ type: 'strategy/take-snapshot', snapshot: { id: crypto.randomUUID(), name: label, takenAt: new Date().toISOString(), title, sections, cover, targets, initiatives } })
    setName('')
  }

  return (
    <section aria-labelledby="snapshots-title" className="strategy-panel">
      <h2 id="snapshots-title">Snapshots</h2>
      {!readOnly && (
        <form className="snapshot-form" onSubmit={take}>
          <label className="field">
            <span>Name this version</span>
            <input value={name} placeholder="e.g. Steering group v1" onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit" className="primary">Take snapshot</button>
        </form>
      )}
      {snapshots.length === 0 ? (
        <p className="muted">No snapshots yet. Take one before sending the draft to someone, so you can see later what changed.</p>
      ) : (
        <ul className="snapshot-list">
          {[...snapshots].reverse().map((snapshot) => (
            <li key={snapshot.id}>
              <strong>{snapshot.name}</strong> <span className="muted">{new Date(snapshot.takenAt).toLocaleString()} · {countOf(snapshot.sections.length, 'section', 'sections')}</span>
              <span className="row-actions">
                <button aria-pressed={comparing === snapshot.id} onClick={() => setComparing(comparing === snapshot.id ? null : snapshot.id)}>Compare</button>
                {!readOnly && <button onClick={() => restore(snapshot)} aria-label={`Restore ${snapshot.name}`}>Restore</button>}
                {!readOnly && <button className="ghost danger" onClick={() => apply({ type: 'strategy/remove-snapshot', id: snapshot.id })} aria-label={`Delete ${snapshot.name}`}>Delete</button>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {compared && (
        <section aria-label={`Changes since ${compared.name}`} className="comparison">
          <h3>Changes since “{compared.name}”</h3>
          <Comparison snapshot={compared} />
        </section>
      )}
    </section>
  )
}

/** What changed, first and open; what did not, gathered in one closed list, so the changes are not lost among them. */
function Comparison({ snapshot }: { snapshot: Snapshot }) {
  const { workspace } = useOpenWorkspace()
  const rows: (SectionComparison & { part?: string })[] = [...compareWithSnapshot(snapshot, workspace.strategy.sections), ...compareDetails(snapshot, workspace.strategy)]
  const unchanged = rows.filter((row) => row.change === 'unchanged')
  return (
    <>
      {rows.filter((row) => row.change !== 'unchanged').map((row) => (
        <ChangeRow key={`${row.part ?? 'Section'}-${row.id}`} row={row} part={row.part} />
      ))}
      {unchanged.length === rows.length && <p>Nothing has changed since this snapshot.</p>}
      {unchanged.length > 0 && (
        <details className="change-unchanged">
          <summary>
            <span className="change-badge">{CHANGE_LABELS.unchanged}</span> {unchanged.length} more
          </summary>
          <ul className="unchanged-list">
            {unchanged.map((row) => (
              <li key={`${row.part ?? 'Section'}-${row.id}`}>{row.part ? `${row.part}: ${row.title}` : row.title}</li>
            ))}
          </ul>
        </details>
      )}
      {!snapshot.cover && <p className="muted">This snapshot was taken before snapshots kept the title page, targets and initiatives, so only the text is compared.</p>}
    </>
  )
}

function ChangeRow({ row, part }: { row: SectionComparison; part?: string }) {
  return (
    <details open className={`change-${row.change}`}>
      <summary>
        <span className="change-badge">{CHANGE_LABELS[row.change]}</span> {part && part !== row.title && `${part}: `}
        {row.title}
      </summary>
      <div className="diff">
        <WordDiff before={row.before ?? ''} after={row.after ?? ''} />
      </div>
    </details>
  )
}
