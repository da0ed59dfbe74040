import { useId, useState } from 'react'
import { LIBRARY_LIMITS, noteFor } from '../../../shared/library/workspace-library'
import { MarkdownView } from '../../components/RichText'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { useFieldDraft } from '../../state/use-field-draft'

/**
 * The team's note on one library entry, in Markdown. Saved as you type (after a pause, on
 * leaving the field, and when the page closes); Preview shows it rendered, safely.
 */
export function NotesEditor({ id }: { id: string }) {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const stored = noteFor(workspace.library, id)
  const field = useFieldDraft(stored?.markdown ?? '', (markdown) => apply({ type: 'library/note', id, markdown, at: new Date().toISOString() }), 600)
  const [preview, setPreview] = useState(false)
  const fieldId = useId()

  return (
    <section className="notes" aria-labelledby={`${fieldId}-heading`}>
      <div className="notes-header">
        <h2 id={`${fieldId}-heading`}>Team notes</h2>
        <div className="segmented" role="group" aria-label="Notes view">
          <button aria-pressed={!preview} onClick={() => setPreview(false)}>Write</button>
          <button aria-pressed={preview} onClick={() => setPreview(true)}>Preview</button>
        </div>
      </div>
      {preview ? (
        <div className="notes-preview">{field.value.trim() ? <MarkdownView source={field.value} /> : <p className="muted">No notes yet.</p>}</div>
      ) : (
        <>
          <label htmlFor={fieldId} className="sr-only">Team notes (Markdown)</label>
          <textarea
            id={fieldId}
            className="notes-input"
            rows={8}
            maxLength={LIBRARY_LIMITS.noteChars}
            readOnly={readOnly}
            placeholder="What should the team take from this? Markdown works: **bold**, lists, links."
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
          />
        </>
      )}
      <p className="hint">
        {stored ? `Saved in the workspace, ${new Date(stored.updatedAt).toLocaleString()}.` : 'Notes are saved in the workspace, so the whole team sees them.'}
      </p>
    </section>
  )
}
