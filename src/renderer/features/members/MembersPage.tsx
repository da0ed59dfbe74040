import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useState } from 'react'
import type { ImportPreview } from '../../../shared/ipc'
import { sortMembers, type SortColumn, type SortOrder } from '../../../shared/members/member-sort'
import { placementLabel } from '../../../shared/pillars'
import { countOf, plural } from '../../../shared/plural'
import { ROLE_LABELS, STAGE_LABELS } from '../../../shared/workspace/member'
import { api, errorMessage } from '../../api'
import { useNotices } from '../../state/notices'
import { useOpenWorkspace } from '../../state/session-context'
import { createListMatcher } from '../pillar-map/filter'
import { Highlight } from '../pillar-map/Highlight'
import { BulkEditBar } from './BulkEditBar'
import { DuplicatesDialog } from './DuplicatesDialog'
import { ImportDialog } from './ImportDialog'
import { MemberForm } from './MemberForm'
import { useRemoveMembers } from './use-member-actions'
import './members.css'

const ROW_HEIGHT = 40
const COLUMNS: { column: SortColumn; label: string }[] = [
  { column: 'name', label: 'Name' },
  { column: 'pillar', label: 'Pillar' },
  { column: 'role', label: 'Role' },
  { column: 'stage', label: 'Stage' },
  { column: 'sector', label: 'Sector' },
  { column: 'city', label: 'City' }
]

/** Every member in one list: add, edit, delete, import from and export to a spreadsheet. */
export default function MembersPage() {
  const { workspace, readOnly } = useOpenWorkspace()
  const { notify } = useNotices()
  const remove = useRemoveMembers()
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [reviewing, setReviewing] = useState(false)
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const [order, setOrder] = useState<SortOrder | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const shown = useMemo(() => {
    const matches = createListMatcher(workspace.members, query)
    const found = workspace.members.filter((_, index) => matches(index))
    return order ? sortMembers(found, order) : found
  }, [workspace.members, query, order])
  // Members deleted meanwhile drop out of the selection.
  const selectedIds = useMemo(() => workspace.members.filter((member) => selected.has(member.id)).map((member) => member.id), [workspace.members, selected])
  const allShownSelected = shown.length > 0 && shown.every((member) => selected.has(member.id))
  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current)
    if (!next.delete(id)) next.add(id)
    return next
  })
  const sortBy = (column: SortColumn) => setOrder((current) => (current?.column === column ? { column, descending: !current.descending } : { column, descending: false }))
  const virtual = useVirtualizer({ count: shown.length, getScrollElement: () => scroller, estimateSize: () => ROW_HEIGHT, overscan: 10 })

  async function startImport() {
    try {
      const result = await api.previewMemberImport({})
      if (!('cancelled' in result)) setPreview(result)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  async function exportCsv() {
    try {
      const { savedTo, count } = await api.exportMembers({})
      if (savedTo) notify('info', `Saved ${countOf(count, 'member', 'members')} to ${savedTo}.`)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  return (
    <div className="members-page">
      <header className="map-toolbar">
        <h1>Members</h1>
        <input type="search" className="map-filter" aria-label="Find members by name, tag, sector or stage" placeholder="Find by name, tag, sector or stage" value={query} onChange={(event) => setQuery(event.target.value)} />
        {!readOnly && <button className="primary" onClick={() => setEditing('new')}>Add member…</button>}
        {!readOnly && <button onClick={() => void startImport()}>Import CSV or Excel…</button>}
        <button onClick={() => void exportCsv()}>Export CSV…</button>
        <button onClick={() => setReviewing(true)}>Review duplicates…</button>
      </header>
      <p className="muted" role="status">
        {query ? `${shown.length.toLocaleString('en')} of ${countOf(workspace.members.length, 'member', 'members')} ${plural(shown.length, 'matches', 'match')}.` : `${countOf(workspace.members.length, 'member', 'members')}.`}
      </p>
      {!readOnly && selectedIds.length > 0 && <BulkEditBar ids={selectedIds} onDone={() => setSelected(new Set())} />}
      <div className="member-table" role="table" aria-label="Members" aria-rowcount={shown.length + 1}>
        <div className="member-row member-head" role="row">
          <span role="columnheader">
            <input type="checkbox" aria-label="Select all members shown" checked={allShownSelected} disabled={readOnly} onChange={() => setSelected(allShownSelected ? new Set() : new Set(shown.map((member) => member.id)))} />
          </span>
          {COLUMNS.map(({ column, label }) => (
            <span key={column} role="columnheader" aria-sort={order?.column === column ? (order.descending ? 'descending' : 'ascending') : 'none'}>
              <button className="sort-button" onClick={() => sortBy(column)}>
                {label}
                <span aria-hidden="true">{order?.column === column ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
              </button>
            </span>
          ))}
          <span role="columnheader"><span className="sr-only">Actions</span></span>
        </div>
        <div className="member-rows" ref={setScroller}>
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }} role="rowgroup">
            {virtual.getVirtualItems().map((item) => {
              const member = shown[item.index]!
              return (
                <div key={member.id} role="row" aria-rowindex={item.index + 2} className="member-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                  <span role="cell"><input type="checkbox" aria-label={`Select ${member.name}`} checked={selected.has(member.id)} disabled={readOnly} onChange={() => toggle(member.id)} /></span>
                  <span role="cell" className="member-name" title={member.name}><Highlight text={member.name} query={query} /></span>
                  <span role="cell">{placementLabel(member.pillar)}</span>
                  <span role="cell">{ROLE_LABELS[member.role]}</span>
                  <span role="cell">{STAGE_LABELS[member.stage]}</span>
                  <span role="cell" title={member.sector || undefined}>{member.sector}</span>
                  <span role="cell" title={member.city || undefined}>{member.city}</span>
                  <span role="cell" className="row-actions">
                    <button className="ghost" onClick={() => setEditing(member.id)} aria-label={`Edit ${member.name}`}>Edit</button>
                    {!readOnly && <button className="ghost danger" onClick={() => remove([member.id])} aria-label={`Delete ${member.name}`}>Delete</button>}
                  </span>
                </div>
              )
            })}
          </div>
          {shown.length === 0 && <p className="lane-empty">{query ? 'No member matches.' : 'No members yet. Add them one by one, or import a spreadsheet.'}</p>}
        </div>
      </div>
      <MemberForm memberId={editing} onClose={() => setEditing(null)} />
      <ImportDialog preview={preview} onClose={() => setPreview(null)} />
      <DuplicatesDialog open={reviewing} onClose={() => setReviewing(false)} />
    </div>
  )
}
