import type { Editor } from '@tiptap/core'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useDraftFlush } from '../../../state/draft-registry'
import { mergeText } from '../../../../shared/sync/merge-text'
import { editorMarkdown, tidyMarkdown } from './section-markdown'

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
    if (!editor || stored === shown.current) return
    if (!pending.current) {
      shown.current = stored
      editor.commands.setContent(stored, { contentType: 'markdown', emitUpdate: false })
      return
    }
    // A teammate's change arrived while this person types: both are merged into the draft, so
    // saving it keeps the teammate's words (three ways, on the text as the editor writes it).
    const merged = mergeText(asEditorWrites(editor, shown.current), editorMarkdown(editor), asEditorWrites(editor, stored))
    shown.current = stored
    const { from, to } = editor.state.selection
    editor.commands.setContent(merged, { contentType: 'markdown', emitUpdate: false })
    const end = editor.state.doc.content.size
    editor.commands.setTextSelection({ from: Math.min(from, end), to: Math.min(to, end) })
  }, [editor, stored])

  useDraftFlush(flush)
  return { flush }
}

/** Markdown as this editor would save it (bullets, escapes, spacing), so a merge compares like with like. */
function asEditorWrites(editor: Editor, markdown: string): string {
  const manager = editor.markdown
  return manager ? tidyMarkdown(manager.serialize(manager.parse(markdown))) : markdown
}
