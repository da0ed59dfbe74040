import { Extension } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import 'prosemirror-view/style/prosemirror.css'
import { useEffect, useRef, useState } from 'react'
import { EditorToolbar } from './EditorToolbar'
import { sectionExtensions } from './extensions'
import { LinkForm } from './LinkForm'
import { guardedPaste } from './paste'
import { chipSuggestions } from './suggestions'
import type { ChipDirectory } from './chips'
import { useEditorDraft } from './use-editor-draft'

type Props = {
  markdown: string
  directory: ChipDirectory
  readOnly: boolean
  label: string
  onCommit: (markdown: string) => void
  showPreview: boolean
  onTogglePreview: () => void
  /** Says why a paste was changed (too large a table, too long a text); a state setter, so stable. */
  onPasteNotice: (message: string | null) => void
}

/**
 * The rich-text body of a section: formatted as it will print, saved as Markdown. The editor is
 * created once per section (the section's key remounts it) and never re-renders React on a keystroke.
 */
export function SectionBody({ markdown, directory, readOnly, label, onCommit, showPreview, onTogglePreview, onPasteNotice }: Props) {
  const [linking, setLinking] = useState(false)
  const openLink = useRef(() => setLinking(true))
  const editor = useEditor({
    extensions: sectionExtensions(directory, [
      chipSuggestions(directory),
      Extension.create({ name: 'linkShortcut', addKeyboardShortcuts: () => ({ 'Mod-k': () => (openLink.current(), true) }) })
    ]),
    content: markdown,
    contentType: 'markdown',
    editable: !readOnly,
    shouldRerenderOnTransaction: false,
    // The page's content security policy refuses injected <style>: the same rules come from the CSS import.
    injectCSS: false,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'section-body rich-body', spellcheck: 'true' },
      ...guardedPaste(onPasteNotice)
    }
  })
  useEditorDraft(editor, markdown, onCommit)
  // Without an update event: switching to read-only is not an edit.
  useEffect(() => editor.setEditable(!readOnly, false), [editor, readOnly])

  return (
    <>
      <EditorToolbar editor={editor} choices={directory.choices} readOnly={readOnly} onLink={() => setLinking(true)} showPreview={showPreview} onTogglePreview={onTogglePreview} />
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} className="rich-scroll" />
    </>
  )
}
