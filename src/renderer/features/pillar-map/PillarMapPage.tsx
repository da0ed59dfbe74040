import { useCallback, useDeferredValue, useState } from 'react'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { MemberForm } from '../members/MemberForm'
import { useRemoveMembers } from '../members/use-member-actions'
import { BalancePanel } from './BalancePanel'
import { Board } from './Board'
import './pillar-map.css'

/** Members on the five pillars: drag them around, filter, and see where the map is thin. */
export default function PillarMapPage() {
  const { workspace, readOnly } = useOpenWorkspace()
  const { apply } = useSession()
  const remove = useRemoveMembers()
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  // The balance panel takes room the lanes need on smaller screens: shown by default only on wide ones.
  const [showBalance, setShowBalance] = useState(() => window.innerWidth >= 1440)
  const edit = useCallback((id: string) => setEditing(id), [])
  // The balance is worked out over every member: after a move it may follow a frame behind the board.
  const balanceMembers = useDeferredValue(workspace.members)

  return (
    <div className="map-page">
      <header className="map-toolbar">
        <h1>Pillar map</h1>
        <input
          type="search"
          className="map-filter"
          aria-label="Filter members by name, tag, sector or stage"
          placeholder="Filter by name, tag, sector or stage"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button aria-pressed={showBalance} onClick={() => setShowBalance((shown) => !shown)}>
          Balance
        </button>
        {!readOnly && (
          <button className="primary" onClick={() => setEditing('new')}>
            Add member…
          </button>
        )}
      </header>
      {!readOnly && (
        // Seen by everyone, not only read out: dragging with the keyboard is not something people guess.
        <p className="map-hint" id="map-keyboard-hint">
          Keyboard: Tab to a card, <kbd>Space</kbd> to pick it up, <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> to move it, <kbd>Space</kbd> to drop,{' '}
          <kbd>Esc</kbd> to cancel. <kbd>?</kbd> lists every shortcut.
        </p>
      )}
      <p className="sr-only" role="status">
        {query ? `Showing members matching “${query}”.` : ''}
      </p>
      <div className={showBalance ? 'map-layout with-balance' : 'map-layout'}>
        <Board members={workspace.members} query={query} readOnly={readOnly} apply={apply} edit={edit} remove={remove} />
        {showBalance && <BalancePanel members={balanceMembers} />}
      </div>
      <MemberForm memberId={editing} onClose={() => setEditing(null)} />
    </div>
  )
}
