import { useId, useState, type FormEvent } from 'react'
import { COMMENT_LIMITS } from '../../../shared/comments/schema'
import { usePreferences } from '../../state/preferences'

/** Asked once (and changeable): the name this user's comments carry. Kept in the app's settings, not in the workspace. */
export function NamePrompt({ onDone }: { onDone?: () => void }) {
  const { preferences, setDisplayName } = usePreferences()
  const [name, setName] = useState(preferences.displayName)
  const id = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    setDisplayName(name.trim())
    onDone?.()
  }

  return (
    <form className="comment-name" onSubmit={submit}>
      <label htmlFor={id}>Your name, shown on comments</label>
      <div className="comment-name-row">
        <input id={id} value={name} maxLength={COMMENT_LIMITS.author} autoComplete="name" onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="primary" disabled={!name.trim()}>Save</button>
        {onDone && preferences.displayName && <button type="button" onClick={onDone}>Cancel</button>}
      </div>
    </form>
  )
}
