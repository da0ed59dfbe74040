import { useDraggable } from '@dnd-kit/core'
import { memo, useMemo, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react'
import { ROLE_LABELS, STAGE_LABELS, type Member } from '../../../shared/workspace/member'
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
 */
export const MemberCard = memo(function MemberCard({ member, selected, query, handlers }: Props) {
  // Built once per change of the card itself: dnd-kit re-renders every draggable at each step of
  // a drag, and passing the same element lets React skip the card's contents each time.
  const content = useMemo(
    () => (
      <>
        <span className="card-stage" aria-hidden="true" />
        <span className="card-name">
          <Highlight text={member.name} query={query} />
        </span>
        <span className="card-meta">
          {ROLE_LABELS[member.role]} · {STAGE_LABELS[member.stage]}
        </span>
        {/* The visible text is the card's name for screen readers; selection is said aloud too. */}
        {selected && <span className="sr-only">, selected</span>}
      </>
    ),
    [member, query, selected]
  )
  return (
    <DraggableCard member={member} selected={selected} handlers={handlers}>
      {content}
    </DraggableCard>
  )
})

function DraggableCard({ member, selected, handlers, children }: Omit<Props, 'query'> & { children: ReactElement }) {
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: member.id, data: { pillar: member.pillar } })

  // dnd-kit re-renders every draggable at each step of a drag; when nothing this card shows has
  // changed, the same element is returned and React leaves the card alone.
  return useMemo(() => {
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
      listeners?.onKeyDown?.(event)
    }
    const onClick = (event: MouseEvent) => handlers.select(member.id, event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only')

    return (
      <div
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        aria-roledescription="member card"
        className={`member-card stage-${member.stage}${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}`}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onDoubleClick={() => handlers.open(member.id)}
        onContextMenu={(event) => {
          event.preventDefault()
          handlers.menu(member.id, event.clientX, event.clientY)
        }}
        data-member-id={member.id}
      >
        {children}
      </div>
    )
  }, [setNodeRef, attributes, listeners, isDragging, member, selected, handlers, children])
}
