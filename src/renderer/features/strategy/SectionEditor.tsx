import { memo, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { MARKDOWN_LIMITS } from '../../../shared/document/markdown'
import type { LibraryItem } from '../../../shared/library/schema'
import { PLACEHOLDERS, unknownPlaceholders } from '../../../shared/strategy/placeholders'
import { SECTION_STATUSES, STATUS_LABELS, type SectionStatus, type StrategySection } from '../../../shared/strategy/schema'
import { MarkdownView, type RichTextOptions } from '../../components/RichText'
import { useSession } from '../../state/session-context'
import { useFieldDraft } from '../../state/use-field-draft'
import { LastEdited, PeersHere } from '../team/LastEdited'
import { api } from '../../api'
import { insert, link, prefixLines, wrap, type Edit } from './markdown-edits'
import { UnknownPlaceholderList } from './UnknownPlaceholders'

type Props = {
  section: StrategySection
  items: readonly LibraryItem[]
  rendering: RichTextOptions
  readOnly: boolean
  onDraft: (markdown: string) => void
  words: number
}

/**
 * One section: its title and status, a Markdown editor with a toolbar (no syntax to remember),
 * and a live preview rendered through the same safe document model as the PDF.
 */
export function SectionEditor({ section, items, rendering, readOnly, onDraft, words }: Props) {
  const { apply } = useSession()
  const update = (patch: { title?: string; markdown?: string; status?: SectionStatus; startsPart?: boolean }) => apply({ type: 'strategy/update-section', id: section.id, patch })
  const title = useFieldDraft(section.title, (value) => value.trim() && update({ title: value }))
  const body = useFieldDraft(section.markdown, (markdown) => update({ markdown }), 500, { mergeChanges: true })
  const area = useRef<HTMLTextAreaElement>(null)
  const pendingSelection = useRef<[number, number] | null>(null)
  const [showPreview, setShowPreview] = useState(true)
  const ids = useId()
  // Checked as the team types (deferred, so a long section never slows typing down).
  const typed = useDeferredValue(body.value)
  const unknown = useMemo(() => unknownPlaceholders([{ ...section, markdown: typed }]), [section, typed])

  useLayoutEffect(() => {
    const selection = pendingSelection.current
    if (selection && area.current) {
      area.current.focus()
      area.current.setSelectionRange(selection[0], selection[1])
      pendingSelection.current = null
    }
  })

  function change(text: string) {
    body.onChange(text)
    onDraft(text)
  }

  function edit(apply: (edit: Edit) => Edit) {
    const element = area.current
    if (!element || readOnly) return
    const next = apply({ text: body.value, start: element.selectionStart, end: element.selectionEnd })
    pendingSelection.current = [next.start, next.end]
    change(next.text)
  }

  return (
    <section
      className="section-editor"
      aria-label={`Section: ${section.title}`}
      // Where this person is, for the team's presence (ignored when the workspace is not shared).
      onFocus={() => void api.setTeamPresence({ area: 'strategy', sectionId: section.id }).catch(() => undefined)}
    >
      <div className="section-head">
        <label className="sr-only" htmlFor={`${ids}-title`}>Section title</label>
        <input id={`${ids}-title`} className="section-title-input" value={title.value} readOnly={readOnly} onChange={(event) => title.onChange(event.target.value)} onBlur={title.onBlur} />
        <PeersHere sectionId={section.id} />
        <LastEdited id={section.id} />
        <label className="section-status">
          <span>Status</span>
          <select value={section.status} disabled={readOnly} onChange={(event) => update({ status: event.target.value as SectionStatus })}>
            {SECTION_STATUSES.map((status) => (
              <option key={status} value={status}>{STATUS_LABELS[status]}</option>
            ))}
          </select>
        </label>
        <label className="section-part" title="In print, a part opens on a new page; the sections after it run on">
          <input type="checkbox" checked={section.startsPart} disabled={readOnly} onChange={(event) => update({ startsPart: event.target.checked })} />
          <span>Starts a part</span>
        </label>
        <span className="muted">{words} words</span>
        {!readOnly && (
          <button className="ghost danger" onClick={() => apply({ type: 'strategy/remove-section', id: section.id })}>Remove section</button>
        )}
      </div>
      <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
        <button onClick={() => edit((e) => wrap(e, '**', 'bold text'))} aria-label="Bold" disabled={readOnly}><strong>B</strong></button>
        <button onClick={() => edit((e) => wrap(e, '*', 'text'))} aria-label="Italic" disabled={readOnly}><em>I</em></button>
        <button onClick={() => edit((e) => prefixLines(e, '### '))} disabled={readOnly}>Heading</button>
        <button onClick={() => edit((e) => prefixLines(e, '- '))} disabled={readOnly}>• List</button>
        <button onClick={() => edit((e) => prefixLines(e, '1. '))} disabled={readOnly}>1. List</button>
        <button onClick={() => edit(link)} disabled={readOnly}>Link</button>
        <select
          aria-label="Cite a library item"
          value=""
          disabled={readOnly}
          onChange={(event) => event.target.value && edit((e) => insert(e, `[@${event.target.value}]`))}
        >
          <option value="">Cite…</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>{item.title}{item.year !== null ? ` (${item.year})` : ''}</option>
          ))}
        </select>
        <select
          aria-label="Insert workspace data"
          value=""
          disabled={readOnly}
          onChange={(event) => event.target.value && edit((e) => insert(e, `{{${event.target.value}}}`))}
        >
          <option value="">Insert data…</option>
          {PLACEHOLDERS.map((placeholder) => (
            <option key={placeholder.key} value={placeholder.key}>{placeholder.label}</option>
          ))}
        </select>
        <span className="toolbar-gap" />
        <button aria-pressed={showPreview} onClick={() => setShowPreview((shown) => !shown)}>Preview</button>
      </div>
      {unknown.length > 0 && (
        <div className="banner-warn unknown-placeholder-note" role="status">
          <span>No data fills {unknown.length === 1 ? 'this placeholder' : 'these placeholders'}; {unknown.length === 1 ? 'it' : 'they'} would print marked as unknown:</span>
          <UnknownPlaceholderList unknown={unknown} />
        </div>
      )}
      <div className={showPreview ? 'editor-panes with-preview' : 'editor-panes'}>
        <label className="sr-only" htmlFor={`${ids}-body`}>Section text (Markdown)</label>
        <textarea
          id={`${ids}-body`}
          ref={area}
          className="section-body"
          value={body.value}
          readOnly={readOnly}
          maxLength={MARKDOWN_LIMITS.chars}
          placeholder="Write here. Use the toolbar for headings, lists, links, citations and your cluster's data."
          onChange={(event) => change(event.target.value)}
          onBlur={body.onBlur}
        />
        {showPreview && (
          <div className="section-preview" aria-label="Preview">
            <SectionPreview source={typed} rendering={rendering} />
          </div>
        )}
      </div>
    </section>
  )
}

/** Rendered from the deferred text and memoised, so formatting a long section never holds up a keystroke. */
const SectionPreview = memo(function SectionPreview({ source, rendering }: { source: string; rendering: RichTextOptions }) {
  return source.trim() ? <MarkdownView source={source} {...rendering} /> : <p className="muted">The preview appears as you write.</p>
})
