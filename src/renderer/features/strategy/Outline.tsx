import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo } from 'react'
import { SECTION_STATUSES, STATUS_LABELS, type StrategySection } from '../../../shared/strategy/schema'
import type { MenuItem } from '../../components/ContextMenu'
import { useContextMenu } from '../../components/use-context-menu'
import { useSession } from '../../state/session-context'
import { countOf } from '../../../shared/plural'

type Props = {
  sections: StrategySection[]
  words: Map<string, number>
  /** Open comment threads per section id. */
  comments: Map<string, number>
  selectedId: string | null
  onSelect: (id: string) => void
  onAdd: () => void
  readOnly: boolean
}

/** The strategy's sections in order: select one to edit it; drag (or use the keyboard) to reorder. */
export const Outline = memo(function Outline({ sections, words, comments, selectedId, onSelect, onAdd, readOnly }: Props) {
  const { apply } = useSession()
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const done = sections.filter((section) => section.status === 'final').length
  const started = sections.filter((section) => section.status !== 'empty').length

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const toIndex = sections.findIndex((section) => section.id === over.id)
    if (toIndex >= 0) apply({ type: 'strategy/move-section', id: String(active.id), toIndex })
  }

  const sectionMenu = useContextMenu<StrategySection>('Section actions', (section): MenuItem[] => {
    const at = sections.findIndex((candidate) => candidate.id === section.id)
    return [
      { label: 'Edit', run: () => onSelect(section.id) },
      { separator: true },
      { label: 'Move up', disabled: readOnly || at <= 0, run: () => apply({ type: 'strategy/move-section', id: section.id, toIndex: at - 1 }) },
      { label: 'Move down', disabled: readOnly || at >= sections.length - 1, run: () => apply({ type: 'strategy/move-section', id: section.id, toIndex: at + 1 }) },
      { separator: true },
      ...SECTION_STATUSES.map((status) => ({
        label: `Mark as ${STATUS_LABELS[status].toLowerCase()}`,
        disabled: readOnly || section.status === status,
        run: () => apply({ type: 'strategy/update-section', id: section.id, patch: { status } })
      })),
      { separator: true },
      { label: 'Remove section', danger: true, disabled: readOnly, run: () => apply({ type: 'strategy/remove-section', id: section.id }) }
    ]
  })

  const titleOf = (id: unknown) => sections.find((section) => section.id === id)?.title ?? 'section'
  const positionOf = (id: unknown) => sections.findIndex((section) => section.id === id) + 1

  return (
    <nav className="strategy-outline" aria-label="Outline">
      <p className="outline-progress" role="status">
        {started} of {countOf(sections.length, 'section', 'sections')} started · {done} final
      </p>
      <progress max={Math.max(1, sections.length)} value={done} aria-label={`${done} of ${countOf(sections.length, 'section', 'sections')} final`} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: 'To reorder, press Space, move with the arrow keys, and press Space again to drop.' },
          announcements: {
            onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
            onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} would move to position ${positionOf(over.id)}.` : ''),
            onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} moved to position ${positionOf(over.id)}.` : 'Not moved.'),
            onDragCancel: ({ active }) => `${titleOf(active.id)} not moved.`
          }
        }}
      >
        <SortableContext items={sections.map((section) => section.id)} strategy={verticalListSortingStrategy}>
          <ol className="outline-list">
            {sections.map((section) => (
              <OutlineItem key={section.id} section={section} words={words.get(section.id) ?? 0} comments={comments.get(section.id) ?? 0} selected={section.id === selectedId} onSelect={onSelect} readOnly={readOnly} menu={sectionMenu.triggers(section)} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {!readOnly && <button className="outline-add" onClick={onAdd}>+ Add section</button>}
      {sectionMenu.menu}
    </nav>
  )
})

type MenuTriggers = ReturnType<ReturnType<typeof useContextMenu<StrategySection>>['triggers']>

function OutlineItem({ section, words, comments, selected, onSelect, readOnly, menu }: { section: StrategySection; words: number; comments: number; selected: boolean; onSelect: (id: string) => void; readOnly: boolean; menu: MenuTriggers }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: section.id, disabled: readOnly })
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={isDragging ? 'outline-item is-dragging' : 'outline-item'}>
      {!readOnly && (
        <span className="drag-handle" {...attributes} {...listeners} aria-label={`Reorder ${section.title}`} role="button">
          ⠿
        </span>
      )}
      <button className="outline-title" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(section.id)} {...menu}>
        <span className={`status-dot status-${section.status}`} aria-hidden="true" />
        <span className="outline-name">{section.title}</span>
        <span className="outline-meta">
          {STATUS_LABELS[section.status]} · {words} words
          {comments > 0 && <span className="outline-comments">{countOf(comments, 'comment', 'comments')}</span>}
        </span>
      </button>
    </li>
  )
}
