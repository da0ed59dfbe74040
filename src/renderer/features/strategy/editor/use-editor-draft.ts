import type { Editor } from '@tiptap/core'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useDraftFlush } from '../../../state/draft-registry'
import { editorMarkdown } from './section-markdown'

/**
 * The editor's side of a section's draft, like `useFieldDraft` for a text field: what is typed
 * is written as Markdown after a pause, on blur, when the section closes and when main asks
 * before a window closes. Serialising a long section costs more than a keystroke, so it happens
 * only then, never per keystroke. Opening a section writes nothing: only an edit makes a draft.
 * When the stored text changes from elsewhere (undo, restore, another window) while nothing
 * typed is pending, the editor follows it.
 */
export function useEditorDraft(editor: Editor | null, stored: string, commit: (markdown: string) => void, delayMs = 500): { flush: () => void } {
  const pending = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  // The Markdown the editor's content stands for: the stored text it opened with, or its last draft.
  const shown = useRef(stored)
  const latest = useRef({ commit, stored, editor })
  useLayoutEffect(() => {
    latest.current = { commit, stored, editor }
  })

  const [flush] = useState(() => () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const current = latest.current
    if (!pending.current || !current.editor) return
    pending.current = false
    const markdown = editorMarkdown(current.editor)
    shown.current = markdown
    if (markdown !== current.stored) current.commit(markdown)
  })

  useEffect(() => {
    if (!editor) return
    const onUpdate = () => {
      pending.current = true
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, delayMs)
    }
    editor.on('update', onUpdate)
    editor.on('blur', flush)
    return () => {
      editor.off('update', onUpdate)
      editor.off('blur', flush)
      flush()
    }
  }, [editor, flush, delayMs])

  useEffect(() => {
    if (!editor || pending.current || stored === shown.current) return
    shown.current = stored
    editor.commands.setContent(stored, { contentType: 'markdown', emitUpdate: false })
  }, [editor, stored])

  useDraftFlush(flush)
  return { flush }
}
