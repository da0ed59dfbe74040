import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import type { LibraryItem } from '../../../shared/library/schema'
import { unknownPlaceholders } from '../../../shared/strategy/placeholders'
import { SECTION_STATUSES, STATUS_LABELS, type SectionStatus, type StrategySection } from '../../../shared/strategy/schema'
import { MarkdownView, type RichTextOptions } from '../../components/RichText'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { useFieldDraft } from '../../state/use-field-draft'
import { api } from '../../api'
import { LastEdited, PeersHere } from '../team/LastEdited'
import { SectionBody } from './editor/SectionBody'
import { useChipDirectory } from './editor/use-chip-directory'
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
 * One section: its title and status, a rich-text editor (saved as Markdown, no syntax to remember)
 * and, on request, a print preview rendered through the same safe document model as the PDF.
 */
export function SectionEditor({ section, items, rendering, readOnly, onDraft, words }: Props) {
  const { apply } = useSession()
  const { workspace } = useOpenWorkspace()
  const update = (patch: { title?: string; markdown?: string; status?: SectionStatus; startsPart?: boolean }) => apply({ type: 'strategy/update-section', id: section.id, patch })
  const title = useFieldDraft(section.title, (value) => value.trim() && update({ title: value }))
  const directory = useChipDirectory(workspace, items)
  const [showPreview, setShowPreview] = useState(false)
  const [pasteNotice, setPasteNotice] = useState<string | null>(null)
  const ids = useId()
  // The saved text (a draft is saved after a pause), deferred so a long section never slows typing down.
  const saved = useDeferredValue(section.markdown)
  const unknown = useMemo(() => unknownPlaceholders([{ ...section, markdown: saved }]), [section, saved])

  function commit(markdown: string) {
    update({ markdown })
    onDraft(markdown)
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
      {unknown.length > 0 && (
        <div className="banner-warn unknown-placeholder-note" role="status">
          <span>No data fills {unknown.length === 1 ? 'this placeholder' : 'these placeholders'}; {unknown.length === 1 ? 'it' : 'they'} would print marked as unknown:</span>
          <UnknownPlaceholderList unknown={unknown} />
        </div>
      )}
      {pasteNotice && (
        <div className="banner-warn paste-notice" role="status">
          <span>{pasteNotice}</span>
          <button className="ghost" onClick={() => setPasteNotice(null)}>Dismiss</button>
        </div>
      )}
      <div className={showPreview ? 'editor-frame with-preview' : 'editor-frame'}>
        <SectionBody
          markdown={section.markdown}
          directory={directory}
          readOnly={readOnly}
          label={`Section text: ${section.title}`}
          onCommit={commit}
          showPreview={showPreview}
          onTogglePreview={() => setShowPreview((shown) => !shown)}
          onPasteNotice={setPasteNotice}
        />
        {showPreview && (
          <div className="section-preview" aria-label="Print preview">
            <SectionPreview source={saved} rendering={rendering} />
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
