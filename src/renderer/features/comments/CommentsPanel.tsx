import { useMemo, useState, type MouseEvent, type RefObject } from 'react'
import { isOpen } from '../../../shared/comments/threads'
import type { StrategySection } from '../../../shared/strategy/schema'
import type { WorkspaceCommandInput } from '../../../shared/workspace/commands'
import { countOf } from '../../../shared/plural'
import { usePreferences } from '../../state/preferences'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { CommentComposer, type Draft } from './CommentComposer'
import { CommentThread } from './CommentThread'
import { selectedPassage } from './editor-selection'
import { useUndoOffer } from '../strategy/use-undo-offer'
import { NamePrompt } from './NamePrompt'
import './comments.css'

type Props = {
  section: StrategySection
  /** Where the section's text is edited: a selection inside it is what "Comment on selected text" takes. */
  editorArea: RefObject<HTMLElement | null>
}

/** The team's threads on one section, newest first, open or resolved, with the actions to start one. */
export function CommentsPanel({ section, editorArea }: Props) {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const { preferences, loaded } = usePreferences()
  const me = preferences.displayName
  const [showResolved, setShowResolved] = useState(false)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [renaming, setRenaming] = useState(false)
  const [hint, setHint] = useState<string | null>(null)
  const threads = useMemo(() => workspace.comments.filter((comment) => comment.sectionId === section.id).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [workspace.comments, section.id])
  const openCount = threads.filter(isOpen).length
  const shown = threads.filter((comment) => isOpen(comment) !== showResolved)

  function start(kind: Draft['kind'], onPassage: boolean) {
    const anchor = onPassage ? selectedPassage(editorArea.current) : null
    if (onPassage && !anchor) return setHint('Select a passage in the section text first, then choose this again.')
    setHint(null)
    setDraft({ kind, anchor })
  }

  function post(body: string, replacement: string | null) {
    if (!draft) return
    const comment = { id: crypto.randomUUID(), sectionId: section.id, anchor: draft.anchor, author: me, createdAt: new Date().toISOString(), body, suggestion: replacement === null ? null : { replacement } }
    apply({ type: 'comment/add', comment })
    setDraft(null)
    setShowResolved(false)
  }

  const offerUndo = useUndoOffer()
  const act = (command: WorkspaceCommandInput) => {
    apply(command)
    // Accepting rewrites the team's text: say so, with the way back in reach.
    if (command.type === 'comment/accept') offerUndo(`Accepted the change in “${section.title}”.`)
  }
  // Keeps the editor's selection when a button is pressed with the mouse.
  const keepSelection = (event: MouseEvent) => event.preventDefault()

  return (
    <aside className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title" className="comments-title">Comments</h2>
      {!readOnly && loaded && (!me || renaming) && <NamePrompt onDone={me ? () => setRenaming(false) : undefined} />}
      {!readOnly && me && !renaming && (
        <>
          <div className="comment-starts">
            <button onMouseDown={keepSelection} onClick={() => start('comment', true)}>Comment on selected text</button>
            <button onMouseDown={keepSelection} onClick={() => start('suggestion', true)}>Suggest a change</button>
            <button onClick={() => start('comment', false)}>Comment on the section</button>
          </div>
          <p className="muted comment-me">
            Commenting as {me}. <button className="link-button" onClick={() => setRenaming(true)}>Change name</button>
          </p>
        </>
      )}
      {hint && <p className="hint" role="status">{hint}</p>}
      {draft && <CommentComposer key={`${draft.kind}-${draft.anchor?.quote ?? ''}`} draft={draft} onPost={post} onCancel={() => setDraft(null)} />}
      <div className="comment-filter" role="group" aria-label="Show">
        <button aria-pressed={!showResolved} onClick={() => setShowResolved(false)}>Open ({openCount})</button>
        <button aria-pressed={showResolved} onClick={() => setShowResolved(true)}>Resolved ({threads.length - openCount})</button>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{showResolved ? 'No resolved comments on this section.' : 'No open comments on this section.'}</p>
      ) : (
        <div className="comment-list" aria-label={countOf(shown.length, showResolved ? 'resolved comment' : 'open comment', showResolved ? 'resolved comments' : 'open comments')} role="list">
          {shown.map((comment) => (
            <div role="listitem" key={comment.id}>
              <CommentThread comment={comment} markdown={section.markdown} me={me} readOnly={readOnly} act={act} />
            </div>
          ))}
        </div>
      )}
    </aside>
  )
}
