import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core'
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { PLACEMENTS, placementLabel, type Placement } from '../../../shared/pillars'
import type { CommandInput } from '../../../shared/workspace/commands'
import type { Member } from '../../../shared/workspace/member'
import { ContextMenu, type MenuItem } from '../../components/ContextMenu'
import { boardAnnouncements, boardCollision, boardKeyboardCoordinates, SCREEN_READER_INSTRUCTIONS } from './board-dnd'
import { matchesFilter } from './filter'
import { Lane } from './Lane'
import type { CardHandlers } from './MemberCard'

type Props = {
  members: readonly Member[]
  query: string
  readOnly: boolean
  apply: (command: CommandInput) => void
  edit: (id: string) => void
  remove: (ids: string[]) => void
}

type Menu = { id: string; x: number; y: number }

/** The five pillars and the unassigned lane, with drag and drop, selection and card menus. */
export function Board({ members, query, readOnly, apply, edit, remove }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [activeId, setActiveId] = useState<string | null>(null)
  const [menu, setMenu] = useState<Menu | null>(null)
  const anchor = useRef<string | null>(null)

  const lanes = useMemo(() => {
    const byLane = Object.fromEntries(PLACEMENTS.map((placement) => [placement, { all: 0, committed: 0, shown: [] as Member[] }])) as Record<Placement, { all: number; committed: number; shown: Member[] }>
    for (const member of members) {
      const lane = byLane[member.pillar]
      lane.all += 1
      if (member.stage === 'committed') lane.committed += 1
      if (matchesFilter(member, query)) lane.shown.push(member)
    }
    return byLane
  }, [members, query])

  const byId = useMemo(() => new Map(members.map((member) => [member.id, member])), [members])

  // Handlers read the latest state through a ref, so the memoised cards never need new props for them.
  const latest = useRef({ selected, lanes, byId })
  useLayoutEffect(() => {
    latest.current = { selected, lanes, byId }
  })

  const handlers = useMemo<CardHandlers>(
    () => ({
      select(id, mode) {
        const { selected: current, lanes: shown, byId: lookup } = latest.current
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
        const lane = shown[lookup.get(id)?.pillar ?? 'unassigned'].shown
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

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null)
    const data = over?.data.current as { pillar?: Placement; memberId?: string | null } | undefined
    if (readOnly || !data?.pillar) return
    const ids = movingIds(String(active.id))
    let beforeId = data.memberId ?? null
    if (beforeId && over) {
      // Dropped on the lower half of a card: it goes after that card.
      const dragged = active.rect.current.translated
      if (dragged && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2) {
        const lane = lanes[data.pillar].shown
        const next = lane.slice(lane.findIndex((member) => member.id === beforeId) + 1).find((member) => !ids.includes(member.id))
        beforeId = next?.id ?? null
      }
    }
    if (ids.length === 1 && beforeId === ids[0]) return
    apply({ type: 'member/move', ids, to: data.pillar, beforeId })
  }

  const announcements = useMemo(
    () => boardAnnouncements({ name: (id) => byId.get(id.replace(/^card:/, ''))?.name ?? 'the member', count: (id) => (selected.has(id) ? selected.size : 1) }),
    [byId, selected]
  )

  const menuItems = (id: string): MenuItem[] => {
    const ids = movingIds(id)
    const member = byId.get(id)
    const label = ids.length > 1 ? `${ids.length} members` : (member?.name ?? '')
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

  const active = activeId ? byId.get(activeId) : undefined
  const activeCount = activeId && selected.has(activeId) ? selected.size : 1
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      onDragStart={({ active: started }: DragStartEvent) => setActiveId(String(started.id))}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <div className="board" onKeyDown={(event) => event.key === 'Escape' && !activeId && setSelected(new Set())}>
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
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="member-card drag-overlay">
            <span className="card-name">{active.name}</span>
            {activeCount > 1 && <span className="card-count">+{activeCount - 1}</span>}
          </div>
        )}
      </DragOverlay>
      {menu && <ContextMenu label="Member actions" items={menuItems(menu.id)} x={menu.x} y={menu.y} onClose={() => setMenu(null)} />}
    </DndContext>
  )
}
