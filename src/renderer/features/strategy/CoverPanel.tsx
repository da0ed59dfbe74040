import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES, StrategyCoverSchema, type StrategyCover } from '../../../shared/strategy/schema'
import { describeIssues } from '../../../shared/workspace/load'
import { useNotices } from '../../state/notices'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { useFieldDraft } from '../../state/use-field-draft'
import { LogoField } from '../overview/LogoField'
import { CellInput } from './TargetsPanel'

/** The printed plan's title page (title, subtitle, version, status, date, authors, logo) and how its headings are numbered. */
export function CoverPanel() {
  const { apply } = useSession()
  const { notify } = useNotices()
  const { workspace, readOnly } = useOpenWorkspace()
  const { cover, title } = workspace.strategy
  const set = (patch: Partial<StrategyCover>) => {
    const parsed = StrategyCoverSchema.safeParse({ ...cover, ...patch })
    if (!parsed.success) return notify('error', `The title page could not be saved: ${describeIssues(parsed.error)}.`)
    apply({ type: 'strategy/set-cover', cover: parsed.data })
  }
  const authors = useFieldDraft(cover.authors.join('\n'), (value) =>
    set({ authors: value.split('\n').map((line) => line.trim()).filter(Boolean) })
  , 500)

  return (
    <section aria-labelledby="cover-title" className="strategy-panel cover-panel">
      <h2 id="cover-title">Title page</h2>
      <p className="muted">What the first page of the printed plan says. The logo is the cluster's own, also shown on the Overview.</p>
      <div className="cover-fields">
        <label>
          <span>Title</span>
          <CellInput label="Title" value={title} readOnly={readOnly} onCommit={(value) => value && apply({ type: 'strategy/set-title', title: value })} />
        </label>
        <label>
          <span>Subtitle</span>
          <CellInput label="Subtitle" value={cover.subtitle} readOnly={readOnly} onCommit={(subtitle) => set({ subtitle })} />
        </label>
        <label>
          <span>Version</span>
          <CellInput label="Version" value={cover.version} readOnly={readOnly} onCommit={(version) => set({ version })} />
        </label>
        <label>
          <span>Status</span>
          <select aria-label="Status" value={cover.status} disabled={readOnly} onChange={(event) => set({ status: event.target.value as StrategyCover['status'] })}>
            {DOCUMENT_STATUSES.map((status) => (
              <option key={status} value={status}>{DOCUMENT_STATUS_LABELS[status]}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Date (YYYY-MM-DD or YYYY-MM; empty: the day of export)</span>
          <CellInput label="Date" value={cover.date ?? ''} readOnly={readOnly} onCommit={(date) => set({ date: date || null })} />
        </label>
        <label>
          <span>Authors (one per line)</span>
          <textarea aria-label="Authors" rows={3} value={authors.value} readOnly={readOnly} onChange={(event) => authors.onChange(event.target.value)} onBlur={authors.onBlur} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={cover.numberedHeadings} disabled={readOnly} onChange={(event) => set({ numberedHeadings: event.target.checked })} />
          <span>Number the sections and their headings (1, 1.1, …)</span>
        </label>
      </div>
      <LogoField />
    </section>
  )
}
