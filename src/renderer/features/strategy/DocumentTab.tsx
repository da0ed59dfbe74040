import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { openCounts } from '../../../shared/comments/threads'
import type { LibraryItem } from '../../../shared/library/schema'
import { coverage, sectionWords } from '../../../shared/strategy/coverage'
import type { StrategyTemplate } from '../../../shared/strategy/template'
import type { RichTextOptions } from '../../components/RichText'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { CommentsPanel } from '../comments/CommentsPanel'
import { GuidancePanel } from './GuidancePanel'
import { Outline } from './Outline'
import { SectionEditor } from './SectionEditor'

type Props = {
  template: StrategyTemplate | null
  items: readonly LibraryItem[]
  rendering: RichTextOptions
  onDraft: (draft: { id: string; markdown: string }) => void
  /** Called when a section opens, so the page can bring the tabs and the section's start into view. */
  onOpenSection: () => void
}

/** Outline on the left, the section being written in the middle, guidance and coverage on the right. */
export function DocumentTab({ template, items, rendering, onDraft, onOpenSection }: Props) {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const { sections } = workspace.strategy
  const [selectedId, setSelectedId] = useState<string | null>(sections[0]?.id ?? null)
  const selected = sections.find((section) => section.id === selectedId) ?? sections[0] ?? null
  const words = useMemo(() => new Map(sections.map((section) => [section.id, sectionWords(section)])), [sections])
  const rows = useMemo(() => (template ? coverage(template, sections) : []), [template, sections])
  useLayoutEffect(() => onOpenSection(), [selected?.id, onOpenSection])
  const guidance = template?.sections.find((section) => section.id === selected?.templateSectionId) ?? null
  const commentCounts = useMemo(() => openCounts(workspace.comments), [workspace.comments])
  const [side, setSide] = useState<'guidance' | 'comments'>('guidance')
  const editorArea = useRef<HTMLDivElement>(null)

  // Stable while the team types (the sections change only when the text is saved), so the memoised
  // outline and guidance skip the keystroke and only the section being edited renders again.
  const addSection = useCallback(
    (templateSectionId: string | null = null) => {
      const fromTemplate = template?.sections.find((section) => section.id === templateSectionId)
      const id = crypto.randomUUID()
      apply({
        type: 'strategy/add-section',
        section: { id, title: fromTemplate?.title ?? 'New section', markdown: fromTemplate?.starter ?? '', status: 'empty', templateSectionId: fromTemplate?.id ?? null, startsPart: fromTemplate?.startsPart ?? false },
        ...(selected && !fromTemplate ? { index: sections.indexOf(selected) + 1 } : {})
      })
      setSelectedId(id)
    },
    [apply, template, selected, sections]
  )
  const addBlankSection = useCallback(() => addSection(), [addSection])

  return (
    <div className="document-tab">
      <Outline sections={sections} words={words} comments={commentCounts} selectedId={selected?.id ?? null} onSelect={setSelectedId} onAdd={addBlankSection} readOnly={readOnly} />
      {selected ? (
        <div className="section-column" ref={editorArea}>
          <SectionEditor
            key={selected.id}
            section={selected}
            items={items}
            rendering={rendering}
            readOnly={readOnly}
            words={words.get(selected.id) ?? 0}
            onDraft={(markdown) => onDraft({ id: selected.id, markdown })}
          />
        </div>
      ) : (
        <p className="muted">No sections. Add one to start writing.</p>
      )}
      <div className="side-column">
        <div className="side-switch" role="group" aria-label="Beside the text">
          <button aria-pressed={side === 'guidance'} onClick={() => setSide('guidance')}>Guidance</button>
          <button aria-pressed={side === 'comments'} onClick={() => setSide('comments')}>Comments{selected && commentCounts.get(selected.id) ? ` (${commentCounts.get(selected.id)})` : ''}</button>
        </div>
        {side === 'comments' && selected ? (
          <CommentsPanel section={selected} editorArea={editorArea} />
        ) : (
          <GuidancePanel template={template} guidance={guidance} rows={rows} onSelect={setSelectedId} onRestore={addSection} readOnly={readOnly} />
        )}
      </div>
    </div>
  )
}
