import { useId, useMemo, useState, type FormEvent } from 'react'
import { COMMENT_LIMITS, type Comment } from '../../../shared/comments/schema'
import { dateLabel, passageGone, RESOLUTION_LABELS } from '../../../shared/comments/threads'
import type { WorkspaceCommandInput } from '../../../shared/workspace/commands'

type Props = {
  comment: Comment
  /** The section's text now, to tell whether the passage is still there. */
  markdown: string
  /** The user's display name; '' until they gave one (then they can read but not act). */
  me: string
  readOnly: boolean
  act: (command: WorkspaceCommandInput) => void
}

const now = () => new Date().toISOString()

/** One thread: the passage, the comment or suggested change, its replies, and what can be done with it. */
export function CommentThread({ comment, markdown, me, readOnly, act }: Props) {
  const [replying, setReplying] = useState(false)
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState('')
  const ids = useId()
  // Searched once per change of the text, not on every render of the panel.
  const gone = useMemo(() => passageGone(comment, markdown), [comment, markdown])
  const canAct = !readOnly && me !== ''
  const own = canAct && comment.author === me
  const open = comment.resolved === null
  const kind = comment.suggestion ? 'Suggested change' : 'Comment'

  function submit(event: FormEvent) {
    event.preventDefault()
    const body = text.trim()
    if (!body) return
    if (editing) act({ type: 'comment/edit', id: comment.id, by: me, at: now(), body })
    else act({ type: 'comment/reply', id: comment.id, reply: { id: crypto.randomUUID(), author: me, at: now(), body } })
    setText('')
    setReplying(false)
    setEditing(false)
  }

  return (
    <article className={open ? 'comment-thread' : 'comment-thread is-resolved'} aria-labelledby={`${ids}-head`}>
      <header className="comment-head" id={`${ids}-head`}>
        <strong>{comment.author}</strong>
        <span className="muted"> · {dateLabel(comment.createdAt)}{comment.editedAt ? ' · edited' : ''}</span>
        <span className="sr-only"> · {kind}</span>
      </header>
      {comment.anchor && (
        <blockquote className={gone ? 'comment-quote is-gone' : 'comment-quote'}>
          {comment.suggestion ? <del>{comment.anchor.quote}</del> : comment.anchor.quote}
          {gone && <span className="comment-gone">Passage no longer in the text</span>}
        </blockquote>
      )}
      {comment.suggestion && (
        <p className="comment-suggestion">
          <span className="muted">Replace with </span>
          <ins>{comment.suggestion.replacement || '(nothing: delete the passage)'}</ins>
        </p>
      )}
      {comment.body && <p className="comment-body">{comment.body}</p>}
      {comment.replies.length > 0 && (
        <ol className="comment-replies" aria-label="Replies">
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <strong>{reply.author}</strong> <span className="muted">· {dateLabel(reply.at)}</span>
              <p className="comment-body">{reply.body}</p>
            </li>
          ))}
        </ol>
      )}
      {comment.resolved && (
        <p className="comment-status">
          {RESOLUTION_LABELS[comment.resolved.outcome]} by {comment.resolved.by}, {dateLabel(comment.resolved.at)}
        </p>
      )}
      {(replying || editing) && (
        <form className="comment-reply" onSubmit={submit}>
          <label className="sr-only" htmlFor={`${ids}-text`}>{editing ? 'Edit your comment' : `Reply to ${comment.author}`}</label>
          <textarea id={`${ids}-text`} rows={2} value={text} maxLength={COMMENT_LIMITS.body} onChange={(event) => setText(event.target.value)} />
          <div className="actions actions-left">
            <button type="submit" className="primary" disabled={!text.trim()}>{editing ? 'Save' : 'Reply'}</button>
            <button type="button" onClick={() => (setReplying(false), setEditing(false), setText(''))}>Cancel</button>
          </div>
        </form>
      )}
      {canAct && !replying && !editing && (
        <div className="comment-actions">
          {open && comment.suggestion && <button className="primary" disabled={gone} title={gone ? 'The passage is no longer in the text' : undefined} onClick={() => act({ type: 'comment/accept', id: comment.id, by: me, at: now() })}>Accept</button>}
          {open && comment.suggestion && <button onClick={() => act({ type: 'comment/reject', id: comment.id, by: me, at: now() })}>Reject</button>}
          <button onClick={() => setReplying(true)}>Reply</button>
          {open && !comment.suggestion && <button onClick={() => act({ type: 'comment/resolve', id: comment.id, by: me, at: now() })}>Resolve</button>}
          {comment.resolved && comment.resolved.outcome !== 'accepted' && <button onClick={() => act({ type: 'comment/reopen', id: comment.id })}>Reopen</button>}
          {own && comment.body && <button className="ghost" onClick={() => (setEditing(true), setText(comment.body))}>Edit</button>}
          {own && <button className="ghost danger" onClick={() => act({ type: 'comment/delete', id: comment.id, by: me })}>Delete</button>}
        </div>
      )}
    </article>
  )
}
