import { memo, useContext, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react'
import { flushSync } from 'react-dom'
import { ROLE_LABELS, STAGE_LABELS, type Member } from '../../../shared/workspace/member'
import { DragBinding, DragHelpId, type DragListeners } from './DragBinding'
import { Highlight } from './Highlight'

export type CardHandlers = {
  select: (id: string, mode: 'only' | 'toggle' | 'range') => void
  open: (id: string) => void
  menu: (id: string, x: number, y: number) => void
}

type Props = { member: Member; selected: boolean; query: string; handlers: CardHandlers }

/**
 * One member on the map, and its drag handle (mouse or keyboard: Space picks up, arrows move,
 * Space drops). Click selects, Ctrl/Cmd+click adds to the selection, Enter edits, the context
 * menu key or right-click shows the actions.
 *
 * A card joins dnd-kit only while someone works with it (from the press or key that may start a
 * drag, while it has focus, and through its drag): dnd-kit re-renders every registered draggable
 * at each step of a drag, and with ~80 cards in view that cost more than the drag itself.
 */
export const MemberCard = memo(function MemberCard({ member, selected, query, handlers }: Props) {
  const node = useRef<HTMLDivElement>(null)
  const listeners = useRef<DragListeners | null>(null)
  const [bound, setBound] = useState(false)
  const [dragging, setDragging] = useState(false)
  const helpId = useContext(DragHelpId)

  /** Registers the card with dnd-kit now (the press or key is about to be handed to it). */
  const bind = () => {
    if (!listeners.current) flushSync(() => setBound(true))
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    bind()
    listeners.current?.onPointerDown?.(event)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.code === 'Space') {
      event.preventDefault()
      return handlers.select(member.id, 'toggle')
    }
    if (event.key === 'Enter') return handlers.open(member.id)
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault()
      const rect = event.currentTarget.getBoundingClientRect()
      return handlers.menu(member.id, rect.left + 24, rect.bottom)
    }
    bind()
    listeners.current?.onKeyDown?.(event)
  }

  const onClick = (event: MouseEvent) => handlers.select(member.id, event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only')

  return (
    <div
      ref={node}
      role="button"
      tabIndex={0}
      aria-roledescription="member card"
      aria-describedby={helpId}
      aria-pressed={dragging || undefined}
      className={`member-card stage-${member.stage}${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onFocus={() => setBound(true)}
      // Focus moving away ends the binding, unless a drag is under way (it releases itself at the end).
      onBlur={() => setBound(false)}
      onClick={onClick}
      onDoubleClick={() => handlers.open(member.id)}
      onContextMenu={(event) => {
        event.preventDefault()
        handlers.menu(member.id, event.clientX, event.clientY)
      }}
      data-member-id={member.id}
    >
      <span className="card-stage" aria-hidden="true" />
      <span className="card-name">
        <Highlight text={member.name} query={query} />
      </span>
      {/* One text node, not three: the filter lays out every card in view again. */}
      <span className="card-meta">{`${ROLE_LABELS[member.role]} · ${STAGE_LABELS[member.stage]}`}</span>
      {/* The visible text is the card's name for screen readers; selection is said aloud too. */}
      {selected && <span className="sr-only">, selected</span>}
      {(bound || dragging) && <DragBinding id={member.id} pillar={member.pillar} nodeRef={node} listenersRef={listeners} onDragging={setDragging} />}
    </div>
  )
})
