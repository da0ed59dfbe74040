import { useDroppable } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { placementLabel, type Placement } from '../../../shared/pillars'
import type { Member } from '../../../shared/workspace/member'
import type { LaneData } from './board-dnd'
import { MemberCard, type CardHandlers } from './MemberCard'
import { slotKeys } from './slot-keys'

export const CARD_HEIGHT = 64
const GAP = 6
/** A card and the gap after it: the step between positions in a lane. */
export const SLOT_HEIGHT = CARD_HEIGHT + GAP

type Props = {
  placement: Placement
  members: Member[]
  total: number
  committed: number
  selected: ReadonlySet<string>
  query: string
  handlers: CardHandlers
  /** Whether a member's card must not be handed to another member (it has the focus or is being dragged). */
  isPinned: (id: string) => boolean
}

/**
 * A pillar's lane. Only the cards in view are in the page (a lane may hold thousands), and the
 * lane itself is a drop target meaning "at the end of this pillar".
 */
export const Lane = memo(function Lane({ placement, members, total, committed, selected, query, handlers, isPinned }: Props) {
  // The scroll element lives in state: the virtualiser must see it on the render that mounts it.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const list = useRef<HTMLDivElement>(null)
  // Cards have a fixed height, so one card beyond each edge is enough (the library's default).
  const virtual = useVirtualizer({ count: members.length, getScrollElement: () => scroller, estimateSize: () => SLOT_HEIGHT, overscan: 1 })
  const label = placementLabel(placement)
  const filtered = members.length !== total
  const items = virtual.getVirtualItems()
  // Cards' elements pass from members leaving the view to members entering it (see slotKeys): a
  // filter or a scroll updates cards instead of rebuilding them. The ref holds the keys of the
  // last render that reached the page, so a render React repeats or discards gets the same keys.
  const drawn = useRef<ReadonlyMap<string, string>>(new Map())
  const keys = slotKeys(drawn.current, items.map((item) => members[item.index]!.id), isPinned)
  useLayoutEffect(() => {
    drawn.current = keys
  })

  return (
    <section className={`lane lane-${placement}`} aria-label={label}>
      <header className="lane-header">
        <h2>{label}</h2>
        <p className="lane-counts">
          <span title="All members">{filtered ? `${members.length} of ${total}` : total}</span>
          <span title="Committed members"> · {committed} committed</span>
        </p>
      </header>
      <DropZone placement={placement} scroller={scroller} list={list} onMount={setScroller}>
        <div ref={list} role="list" aria-label={`${label} members`} className="lane-list" style={{ height: virtual.getTotalSize() }}>
          {items.map((item) => {
            const member = members[item.index]!
            return (
              <div key={keys.get(member.id)} role="listitem" className="lane-slot" style={{ transform: `translateY(${item.start}px)`, height: CARD_HEIGHT }}>
                <MemberCard member={member} selected={selected.has(member.id)} query={query} handlers={handlers} />
              </div>
            )
          })}
        </div>
        {members.length === 0 && <p className="lane-empty">{filtered ? 'No match here' : 'Drag members here'}</p>}
      </DropZone>
    </section>
  )
})

type DropZoneProps = {
  placement: Placement
  scroller: HTMLDivElement | null
  list: RefObject<HTMLDivElement | null>
  onMount: (node: HTMLDivElement | null) => void
  children: ReactNode
}

/**
 * The lane's scrolling body as a drop target. dnd-kit re-renders every droppable at each step of
 * a drag; kept apart from the lane, such a re-render passes the same cards down and React skips them.
 */
function DropZone({ placement, scroller, list, onMount, children }: DropZoneProps) {
  const drop = useDroppable({ id: `lane:${placement}`, data: { pillar: placement, scroller: () => scroller, list: () => list.current } satisfies LaneData })
  const { setNodeRef } = drop
  // Stable, so React does not detach and re-attach the node (and re-render the lane) on every drag step.
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      onMount(node)
      setNodeRef(node)
    },
    [onMount, setNodeRef]
  )
  return (
    <div className={drop.isOver ? 'lane-body over' : 'lane-body'} ref={ref}>
      {children}
    </div>
  )
}
