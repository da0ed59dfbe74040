import {
  pointerWithin,
  rectIntersection,
  type Active,
  type Announcements,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Over
} from '@dnd-kit/core'
import { placementLabel, type Placement } from '../../../shared/pillars'
import { CARD_HEIGHT, SLOT_HEIGHT } from './Lane'

/**
 * Only the six lanes are drop targets; where in a lane a card lands is worked out from its
 * position. (A drop target per card would make every card re-measure and re-render at each
 * step of a drag, and cards scrolled out of a virtual list would not be targets at all.)
 */
export type LaneData = { pillar: Placement; scroller: () => HTMLElement | null; list: () => HTMLElement | null }

export const boardCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args)
  return (hits.length ? hits : rectIntersection(args)).slice(0, 1)
}

/** The slot in the lane under the dragged card's top edge, counted among the cards shown there. */
export function insertionIndex(active: Active, over: Over): number {
  const dragged = active.rect.current.translated
  const data = over.data.current as LaneData | undefined
  if (!dragged || !data) return Number.MAX_SAFE_INTEGER
  const scrollTop = data.scroller()?.scrollTop ?? 0
  return Math.max(0, Math.round((dragged.top - over.rect.top + scrollTop) / SLOT_HEIGHT))
}

/**
 * Keyboard dragging: left and right jump to the next pillar's lane, up and down move one card
 * along the lane.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context: { droppableRects, collisionRect } }) => {
  if (!collisionRect) return undefined
  const lanes = [...droppableRects.values()].sort((a, b) => a.left - b.left)
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
      return { x: collisionRect.left, y: collisionRect.top + SLOT_HEIGHT }
    case 'ArrowUp':
      event.preventDefault()
      return { x: collisionRect.left, y: collisionRect.top - SLOT_HEIGHT }
    default:
      return undefined
  }
}

type Describe = {
  /** What is being moved: a name, or "3 members". */
  what: (activeId: string) => string
  /** The member a drop there would go before, or null for the end of the lane. */
  before: (active: Active, over: Over) => string | null
}

/** What a screen reader hears while a card is moved. */
export function boardAnnouncements({ what, before }: Describe): Announcements {
  const where = (active: Active, over: Over | null) => {
    const pillar = (over?.data.current as LaneData | undefined)?.pillar
    if (!over || !pillar) return 'outside the pillars'
    const next = before(active, over)
    return next ? `${placementLabel(pillar)}, before ${next}` : `the end of ${placementLabel(pillar)}`
  }
  return {
    onDragStart: ({ active }) => `Picked up ${what(String(active.id))}. Use the left and right arrow keys to change pillar, up and down to change place, Space to drop, Escape to cancel.`,
    onDragMove: ({ active, over }) => `${what(String(active.id))} is over ${where(active, over)}.`,
    onDragOver: ({ active, over }) => `${what(String(active.id))} is over ${where(active, over)}.`,
    onDragEnd: ({ active, over }) => (over ? `${what(String(active.id))} moved to ${where(active, over)}.` : `${what(String(active.id))} was dropped where it was.`),
    onDragCancel: ({ active }) => `Moving ${what(String(active.id))} was cancelled; nothing changed.`
  }
}

export const SCREEN_READER_INSTRUCTIONS = {
  draggable: 'To move this member, press Space, then use the arrow keys, and Space again to drop. Ctrl+Space selects several; Enter edits; the context menu key shows more actions.'
}

export { CARD_HEIGHT }
