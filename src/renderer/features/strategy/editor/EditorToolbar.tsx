import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { ReactNode } from 'react'
import { citationChip, placeholderChip, type ChipChoices } from './chips'

type Props = {
  editor: Editor
  choices: ChipChoices
  readOnly: boolean
  onLink: () => void
  showPreview: boolean
  onTogglePreview: () => void
}

const STYLES = [
  { value: 'p', label: 'Normal text' },
  { value: '1', label: 'Heading 1' },
  { value: '2', label: 'Heading 2' },
  { value: '3', label: 'Heading 3' }
] as const

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl+'

/** The formatting bar: the same commands as the shortcuts, each named for screen readers. */
export function EditorToolbar({ editor, choices, readOnly, onLink, showPreview, onTogglePreview }: Props) {
  // Re-renders only when one of these flags changes, not on every keystroke.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      style: ([1, 2, 3] as const).find((level) => e.isActive('heading', { level }))?.toString() ?? (e.isActive('heading') ? '' : 'p')
    })
  })
  const chain = () => editor.chain().focus()
  const toggle = (label: string, pressed: boolean, run: () => void, shortcut: string, face: ReactNode) => (
    <button type="button" aria-label={label} aria-pressed={pressed} title={`${label} (${shortcut})`} aria-keyshortcuts={shortcut.replace(mod, isMac ? 'Meta+' : 'Control+')} disabled={readOnly} onClick={run}>
      {face}
    </button>
  )

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      <select
        aria-label="Paragraph style"
        value={state.style}
        disabled={readOnly}
        onChange={(event) => {
          const value = event.target.value
          if (value === 'p') chain().setParagraph().run()
          else chain().setHeading({ level: Number(value) as 1 | 2 | 3 }).run()
        }}
      >
        {state.style === '' && <option value="">Small heading</option>}
        {STYLES.map((style) => (
          <option key={style.value} value={style.value}>{style.label}</option>
        ))}
      </select>
      {toggle('Bold', state.bold, () => chain().toggleBold().run(), `${mod}B`, <strong>B</strong>)}
      {toggle('Italic', state.italic, () => chain().toggleItalic().run(), `${mod}I`, <em>I</em>)}
      <span className="toolbar-sep" aria-hidden="true" />
      {toggle('Bullets', state.bullet, () => chain().toggleBulletList().run(), `${mod}Shift+8`, 'Bullets')}
      {toggle('Numbering', state.ordered, () => chain().toggleOrderedList().run(), `${mod}Shift+7`, 'Numbering')}
      {toggle('Quote', state.quote, () => chain().toggleBlockquote().run(), `${mod}Shift+B`, 'Quote')}
      {toggle('Link', state.link, onLink, `${mod}K`, 'Link')}
      <span className="toolbar-sep" aria-hidden="true" />
      {state.table ? (
        <span className="table-tools" role="group" aria-label="Table">
          <button type="button" disabled={readOnly} onClick={() => chain().addRowAfter().run()}>+ Row</button>
          <button type="button" disabled={readOnly} onClick={() => chain().addColumnAfter().run()}>+ Column</button>
          <button type="button" disabled={readOnly} onClick={() => chain().deleteRow().run()}>− Row</button>
          <button type="button" disabled={readOnly} onClick={() => chain().deleteColumn().run()}>− Column</button>
          <button type="button" className="danger" disabled={readOnly} onClick={() => chain().deleteTable().run()}>Delete table</button>
        </span>
      ) : (
        <button type="button" disabled={readOnly} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>Table</button>
      )}
      <select
        aria-label="Insert workspace data"
        value=""
        disabled={readOnly}
        title={`Or type {{ in the text`}
        onChange={(event) => event.target.value && chain().insertContent(placeholderChip(event.target.value)).run()}
      >
        <option value="">Insert data…</option>
        {choices.placeholders.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.label}</option>
        ))}
      </select>
      <select
        aria-label="Cite a library item"
        value=""
        disabled={readOnly}
        title="Or type @ in the text"
        onChange={(event) => event.target.value && chain().insertContent(citationChip(event.target.value)).run()}
      >
        <option value="">Cite…</option>
        {choices.citations.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.label} ({choice.detail})</option>
        ))}
      </select>
      <span className="toolbar-gap" />
      <button type="button" aria-pressed={showPreview} onClick={onTogglePreview} title="Show the section as it will print">Print preview</button>
    </div>
  )
}
