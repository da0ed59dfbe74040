import { useId, useState, type FormEvent } from 'react'
import { COMMENT_LIMITS, type TextQuote } from '../../../shared/comments/schema'

export type Draft = { kind: 'comment' | 'suggestion'; anchor: TextQuote | null }

type Props = { draft: Draft; onPost: (body: string, replacement: string | null) => void; onCancel: () => void }

/** A new comment on a passage or the section, or a suggested replacement for a passage. */
export function CommentComposer({ draft, onPost, onCancel }: Props) {
  const suggesting = draft.kind === 'suggestion'
  const [body, setBody] = useState('')
  const [replacement, setReplacement] = useState(draft.anchor?.quote ?? '')
  const ids = useId()
  const ready = suggesting ? replacement !== draft.anchor?.quote : body.trim() !== ''

  function submit(event: FormEvent) {
    event.preventDefault()
    if (ready) onPost(body.trim(), suggesting ? replacement : null)
  }

  return (
    <form className="comment-composer" onSubmit={submit} aria-label={suggesting ? 'Suggest a change' : 'New comment'}>
      {draft.anchor ? <blockquote className="comment-quote">{draft.anchor.quote}</blockquote> : <p className="muted">On the whole section.</p>}
      {suggesting && (
        <>
          <label htmlFor={`${ids}-replacement`}>Replace with</label>
          <textarea id={`${ids}-replacement`} value={replacement} rows={3} maxLength={COMMENT_LIMITS.replacement} autoFocus onChange={(event) => setReplacement(event.target.value)} />
        </>
      )}
      <label htmlFor={`${ids}-body`}>{suggesting ? 'Why (optional)' : 'Comment'}</label>
      <textarea id={`${ids}-body`} value={body} rows={3} maxLength={COMMENT_LIMITS.body} autoFocus={!suggesting} onChange={(event) => setBody(event.target.value)} />
      <div className="actions actions-left">
        <button type="submit" className="primary" disabled={!ready}>{suggesting ? 'Suggest' : 'Comment'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  )
}
