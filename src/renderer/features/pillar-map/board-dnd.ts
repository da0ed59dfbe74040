import {
  pointerWithin,
  rectIntersection,
  type Announcements,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter
} from '@dnd-kit/core'
import { placementLabel, type Placement } from '../../../shared/pillars'
import { CARD_HEIGHT } from './Lane'

const isLane = (id: unknown) => String(id).startsWith('lane:')

/** Over a card rather than its lane whenever both qualify; the lane means "at the end". */
export const boardCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args)
  const candidates = hits.length ? hits : rectIntersection(args)
  const card = candidates.find((hit) => !isLane(hit.id))
  return card ? [card] : candidates.filter((hit) => isLane(hit.id)).slice(0, 1)
}

/**
 * Keyboard dragging: left and right jump to the next pillar's lane, up and down move one card
 * along the lane.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context: { droppableRects, collisionRect } }) => {
  if (!collisionRect) return undefined
  const lanes = [...droppableRects.entries()]
    .filter(([id]) => isLane(id))
    .map(([, rect]) => rect)
    .sort((a, b) => a.left - b.left)
  const centreX = collisionRect.left + collisionRect.width / 2
  const current = lanes.findIndex((rect) => centreX >= rect.left && centreX <= rect.left + rect.width)
  const jumpTo = (rect: ClientRect | undefined) =>
    rect && {
      x: rect.left + (rect.width - collisionRect.width) / 2,
      y: Math.min(Math.max(collisionRect.top, rect.top), rect.top + rect.height - collisionRect.height)
    }
  switch (event.code) {
    case 'ArrowRight':
      event.preventDefault()
      return jumpTo(lanes[current + 1])
    case 'ArrowLeft':
      event.preventDefault()
      return jumpTo(lanes[current - 1])
    case 'ArrowDown':
      event.preventDefault()
      return { x: collisionRect.left, y: collisionRect.top + CARD_HEIGHT }
    case 'ArrowUp':
      event.preventDefault()
      return { x: collisionRect.left, y: collisionRect.top - CARD_HEIGHT }
    default:
      return undefined
  }
}

type Names = { name: (id: string) => string; count: (activeId: string) => number }

/** What a screen reader hears while a card is moved. */
export function boardAnnouncements({ name, count }: Names): Announcements {
  const what = (id: string) => (count(id) > 1 ? `${count(id)} members` : name(id))
  type Over = { data: { current?: { pillar?: Placement; memberId?: string | null } } } | null
  const where = (over: Over) => {
    const data = over?.data.current
    if (!data?.pillar) return 'nowhere'
    return data.memberId ? `${placementLabel(data.pillar)}, before ${name(data.memberId)}` : `the end of ${placementLabel(data.pillar)}`
  }
  const atStart = (activeId: string, over: Over) => over?.data.current?.memberId === activeId
  return {
    onDragStart: ({ active }) => `Picked up ${what(String(active.id))}. Use the left and right arrow keys to change pillar, up and down to change place, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (atStart(String(active.id), over) ? `${what(String(active.id))} is in its starting place.` : `${what(String(active.id))} is over ${where(over)}.`),
    onDragEnd: ({ active, over }) =>
      over && !atStart(String(active.id), over) ? `${what(String(active.id))} moved to ${where(over)}.` : `${what(String(active.id))} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${what(String(active.id))} was cancelled; nothing changed.`
  }
}

export const SCREEN_READER_INSTRUCTIONS = {
  draggable: 'To move this member, press Space, then use the arrow keys, and Space again to drop. Ctrl+Space selects several; Enter edits; the context menu key shows more actions.'
}
