import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over
} from '@dnd-kit/core'
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { PLACEMENTS, placementLabel, type Placement } from '../../../shared/pillars'
import { countOf } from '../../../shared/plural'
import type { WorkspaceCommandInput } from '../../../shared/workspace/commands'
import type { Member } from '../../../shared/workspace/member'
import { ContextMenu, type MenuItem } from '../../components/ContextMenu'
import { boardAnnouncements, boardCollision, boardKeyboardCoordinates, insertionIndex, SCREEN_READER_INSTRUCTIONS, type LaneData } from './board-dnd'
import { DragHelpId } from './DragBinding'
import { createListMatcher, warmSearch } from './filter'
import { Lane, SLOT_HEIGHT } from './Lane'
import type { CardHandlers } from './MemberCard'
import { useCardNameTip } from './CardNameTip'

type Props = {
  members: readonly Member[]
  query: string
  readOnly: boolean
  apply: (command: WorkspaceCommandInput) => void
  edit: (id: string) => void
  remove: (ids: string[]) => void
}

type Menu = { id: string; x: number; y: number }

/** The five pillars and the unassigned lane, with drag and drop, selection and card menus. */
export function Board({ members, query, readOnly, apply, edit, remove }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [activeId, setActiveId] = useState<string | null>(null)
  // Keyboard moves show the card picked up where it is and the drop line where it would land;
  // only a pointer drag has a copy following it. A floating copy jumping between lanes told a
  // keyboard user nothing the drop line does not, and dnd-kit measuring it was a good part of the
  // drag's cost.
  // Set at a drag's start, cleared at its end or cancel: true only while a keyboard drag is under way.
  const [byKeyboard, setByKeyboard] = useState(false)
  const [menu, setMenu] = useState<Menu | null>(null)
  const anchor = useRef<string | null>(null)
  const helpId = useId()
  const nameTip = useCardNameTip()

  const lanes = useMemo(() => {
    const matches = createListMatcher(members, query)
    const byLane = Object.fromEntries(PLACEMENTS.map((placement) => [placement, { all: 0, committed: 0, shown: [] as Member[] }])) as Record<Placement, { all: number; committed: number; shown: Member[] }>
    members.forEach((member, index) => {
      const lane = byLane[member.pillar]
      lane.all += 1
      if (member.stage === 'committed') lane.committed += 1
      if (matches(index)) lane.shown.push(member)
    })
    return byLane
  }, [members, query])

  // Looked up by a scan, not a Map: a Map of every member would be rebuilt on every move,
  // while lookups happen only at a drag's start and end, in announcements and in menus.
  const memberById = useCallback((id: string) => members.find((member) => member.id === id), [members])
  useEffect(() => warmSearch(members), [members])

  // Handlers read the latest state through a ref, so the memoised cards never need new props for them.
  const latest = useRef({ selected, lanes, memberById, activeId })
  useLayoutEffect(() => {
    latest.current = { selected, lanes, memberById, activeId }
  })

  // The card with the focus, and the one being dragged, keep their elements (see slotKeys): read
  // when a lane renders, they need no render of their own, so the focus is followed in a ref.
  const focusedId = useRef<string | null>(null)
  const isPinned = useCallback((id: string) => id === focusedId.current || id === latest.current.activeId, [])

  const handlers = useMemo<CardHandlers>(
    () => ({
      select(id, mode) {
        const { selected: current, lanes: shown, memberById: lookup } = latest.current
        if (mode === 'only') {
          anchor.current = id
          return setSelected(new Set([id]))
        }
        if (mode === 'toggle') {
          anchor.current = id
          const next = new Set(current)
          if (next.has(id)) next.delete(id)
          else next.add(id)
          return setSelected(next)
        }
        // Shift+click: everything between the last clicked card and this one, in the same lane.
        const lane = shown[lookup(id)?.pillar ?? 'unassigned'].shown
        const from = lane.findIndex((member) => member.id === anchor.current)
        const to = lane.findIndex((member) => member.id === id)
        if (from === -1 || to === -1) return setSelected(new Set([id]))
        const [a, b] = from < to ? [from, to] : [to, from]
        setSelected(new Set([...current, ...lane.slice(a, b + 1).map((member) => member.id)]))
      },
      open: (id) => edit(id),
      menu: (id, x, y) => setMenu({ id, x, y })
    }),
    [edit]
  )

  /** The members a drag or menu action applies to: the whole selection if it includes `id`. */
  const movingIds = useCallback((id: string) => (selected.has(id) ? members.filter((member) => selected.has(member.id)).map((member) => member.id) : [id]), [members, selected])

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } })
  )

  /** Where a drop would go: the lane, and the member it would go before (null: the end). */
  const target = useCallback(
    (active: Active, over: Over) => {
      const pillar = (over.data.current as LaneData).pillar
      const moving = movingIds(String(active.id))
      // The slot counts the lane's cards without the ones being moved; walked, not copied (lanes are long).
      const skip = new Set(moving)
      let slot = insertionIndex(active, over)
      let beforeId: string | null = null
      for (const member of lanes[pillar].shown) {
        if (skip.has(member.id)) continue
        if (slot-- === 0) {
          beforeId = member.id
          break
        }
      }
      return { pillar, moving, beforeId }
    },
    [lanes, movingIds]
  )

  // The drop line is drawn straight into the lane's DOM: a React render per pointer move would cost frames.
  const indicator = useRef<HTMLElement | null>(null)
  const showIndicator = (active: Active, over: Over | null) => {
    const list = over ? ((over.data.current as LaneData).list() ?? null) : null
    if (indicator.current && indicator.current !== list) indicator.current.classList.remove('dropping')
    indicator.current = list
    if (!list || !over) return
    const { pillar, beforeId } = target(active, over)
    const shown = lanes[pillar].shown
    const at = beforeId ? shown.findIndex((member) => member.id === beforeId) : shown.length
    // In the gap above the slot; at the head of the lane, on the first card's edge (above it the lane clips).
    list.style.setProperty('--drop-at', `${Math.max(0, at * SLOT_HEIGHT - 3)}px`)
    list.classList.add('dropping')
  }

  // After a keyboard move into another lane the card is a new element there: focus follows it, so
  // the next move can start straight away. Pointer moves leave focus be.
  const refocus = useRef<string | null>(null)
  useEffect(() => {
    const id = refocus.current
    const card = id && document.querySelector<HTMLElement>(`.member-card[data-member-id="${CSS.escape(id)}"]`)
    if (!card) return
    refocus.current = null
    const focused = document.activeElement
    if (focused !== card && (!focused || focused === document.body || focused.classList.contains('member-card'))) card.focus()
  }, [members])

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setActiveId(null)
    setByKeyboard(false)
    showIndicator(active, null)
    if (readOnly || !over) return
    const { pillar, moving, beforeId } = target(active, over)
    const member = memberById(String(active.id))
    const unchanged = moving.length === 1 && member?.pillar === pillar && lanes[pillar].shown[lanes[pillar].shown.indexOf(member) + 1]?.id === (beforeId ?? undefined)
    if (unchanged) return
    refocus.current = activatorEvent instanceof KeyboardEvent ? String(active.id) : null
    apply({ type: 'member/move', ids: moving, to: pillar, beforeId })
  }

  const announcements = useMemo(
    () =>
      boardAnnouncements({
        what: (id) => (selected.has(id) && selected.size > 1 ? countOf(selected.size, 'member', 'members') : (memberById(id)?.name ?? 'the member')),
        before: (active, over) => {
          const beforeId = target(active, over).beforeId
          return beforeId ? (memberById(beforeId)?.name ?? null) : null
        }
      }),
    [memberById, selected, target]
  )

  const menuItems = (id: string): MenuItem[] => {
    const ids = movingIds(id)
    const member = memberById(id)
    const label = ids.length > 1 ? countOf(ids.length, 'member', 'members') : (member?.name ?? '')
    return [
      { label: 'Edit…', run: () => edit(id), disabled: ids.length > 1 },
      { separator: true },
      ...PLACEMENTS.filter((placement) => ids.length > 1 || placement !== member?.pillar).map((placement) => ({
        label: `Move to ${placementLabel(placement)}`,
        run: () => apply({ type: 'member/move', ids, to: placement, beforeId: null }),
        disabled: readOnly
      })),
      { separator: true },
      { label: `Delete ${label}`, run: () => remove(ids), danger: true, disabled: readOnly }
    ]
  }

  const active = activeId ? memberById(activeId) : undefined
  const activeCount = activeId && selected.has(activeId) ? selected.size : 1
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      onDragStart={({ active: started, activatorEvent }: DragStartEvent) => {
        setActiveId(String(started.id))
        setByKeyboard(activatorEvent instanceof KeyboardEvent)
      }}
      // Both: a move's event still carries the lane it left when it crosses into another (dnd-kit
      // works out the new one after it), and the lane-change event carries the new one.
      onDragMove={({ active: moved, over }: DragMoveEvent) => showIndicator(moved, over)}
      onDragOver={({ active: moved, over }: DragOverEvent) => showIndicator(moved, over)}
      onDragEnd={onDragEnd}
      onDragCancel={({ active: cancelled }) => {
        setActiveId(null)
        setByKeyboard(false)
        showIndicator(cancelled, null)
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: '' } }}
    >
      {/* The instructions live here, not in dnd-kit: cards point to them without joining dnd-kit (see MemberCard). */}
      <div id={helpId} hidden>
        {SCREEN_READER_INSTRUCTIONS.draggable}
      </div>
      <DragHelpId.Provider value={helpId}>
        <div
          className={byKeyboard ? 'board moving-by-keyboard' : 'board'}
          onKeyDown={(event) => event.key === 'Escape' && !activeId && setSelected(new Set())}
          onFocus={(event) => (focusedId.current = event.target.getAttribute('data-member-id'))}
          onBlur={() => (focusedId.current = null)}
          {...nameTip.boardProps}
        >
          {PLACEMENTS.map((placement) => (
            <Lane
              key={placement}
              placement={placement}
              members={lanes[placement].shown}
              total={lanes[placement].all}
              committed={lanes[placement].committed}
              selected={selected}
              query={query}
              handlers={handlers}
              isPinned={isPinned}
            />
          ))}
        </div>
      </DragHelpId.Provider>
      {!byKeyboard && (
        <DragOverlay dropAnimation={null}>
          {active && (
            <div className="member-card drag-overlay">
              <span className="card-name">{active.name}</span>
              {activeCount > 1 && <span className="card-count">+{activeCount - 1}</span>}
            </div>
          )}
        </DragOverlay>
      )}
      {!activeId && !menu && nameTip.element}
      {menu && <ContextMenu label="Member actions" items={menuItems(menu.id)} x={menu.x} y={menu.y} onClose={() => setMenu(null)} />}
    </DndContext>
  )
}
