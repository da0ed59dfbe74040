import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useDraftFlush } from './draft-registry'

/**
 * A text field's local draft of a stored value. Typing updates the draft at once; `commit`
 * is called after a short pause, on blur, and when the field goes away (so leaving a page
 * mid-sentence never loses the sentence). When the stored value changes from elsewhere
 * (undo, another window) while the field is not being edited, the draft follows it. Main can
 * ask for every pending draft before a window closes (draft-registry.ts).
 */
export function useFieldDraft(stored: string, commit: (value: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(stored)
  const editing = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  // The value typed but not yet committed, if any; read by the unmount flush.
  const pending = useRef<string | null>(null)
  const latestCommit = useRef(commit)
  const latestStored = useRef(stored)
  useLayoutEffect(() => {
    latestCommit.current = commit
    latestStored.current = stored
  })

  useEffect(() => {
    if (!editing.current) setDraft(stored)
  }, [stored])

  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const value = pending.current
    pending.current = null
    if (value !== null && value !== latestStored.current) latestCommit.current(value)
  }

  useEffect(() => flush, [])
  useDraftFlush(flush)

  return {
    value: draft,
    onChange(value: string) {
      editing.current = true
      pending.current = value
      setDraft(value)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, delayMs)
    },
    onBlur() {
      editing.current = false
      flush()
    }
  }
}
