import { useDraggable } from '@dnd-kit/core'
import { createContext, useLayoutEffect, type RefObject } from 'react'
import type { Placement } from '../../../shared/pillars'

/** The id of the board's spoken drag instructions, which every card is described by. */
export const DragHelpId = createContext<string | undefined>(undefined)

export type DragListeners = { onPointerDown?: (event: unknown) => void; onKeyDown?: (event: unknown) => void }

type Props = {
  id: string
  pillar: Placement
  /** The card's element: what dnd-kit measures and moves focus back to. */
  nodeRef: RefObject<HTMLElement | null>
  /** Where the card finds dnd-kit's pointer and key handlers while it is registered. */
  listenersRef: RefObject<DragListeners | null>
  onDragging: (dragging: boolean) => void
}

/**
 * Registers one card with dnd-kit as a draggable, for as long as it is mounted. It renders
 * nothing, so mounting and unmounting it leaves the card's element (and its focus) alone.
 */
export function DragBinding({ id, pillar, nodeRef, listenersRef, onDragging }: Props) {
  const draggable = useDraggable({ id, data: { pillar } })
  const { setNodeRef, isDragging } = draggable
  useLayoutEffect(() => {
    setNodeRef(nodeRef.current)
    return () => setNodeRef(null)
  }, [nodeRef, setNodeRef])
  useLayoutEffect(() => {
    listenersRef.current = (draggable.listeners as DragListeners | undefined) ?? null
    return () => {
      listenersRef.current = null
    }
  }, [listenersRef, draggable.listeners])
  useLayoutEffect(() => onDragging(isDragging), [onDragging, isDragging])
  return null
}
