import { useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * A text field's local draft of a stored value. Typing updates the draft at once; `commit`
 * is called after a short pause and on blur. When the stored value changes from elsewhere
 * (undo, another window) while the field is not being edited, the draft follows it.
 */
export function useFieldDraft(stored: string, commit: (value: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(stored)
  const editing = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latestCommit = useRef(commit)
  useLayoutEffect(() => {
    latestCommit.current = commit
  })

  useEffect(() => {
    if (!editing.current) setDraft(stored)
  }, [stored])

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current) }, [])

  const flush = (value: string) => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (value !== stored) latestCommit.current(value)
  }

  return {
    value: draft,
    onChange(value: string) {
      editing.current = true
      setDraft(value)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => flush(value), delayMs)
    },
    onBlur() {
      editing.current = false
      flush(draft)
    }
  }
}
