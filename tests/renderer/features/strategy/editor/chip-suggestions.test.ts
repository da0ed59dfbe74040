import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChipDirectory } from '../../../../../src/renderer/features/strategy/editor/chips'
import { sectionExtensions } from '../../../../../src/renderer/features/strategy/editor/extensions'
import { editorMarkdown } from '../../../../../src/renderer/features/strategy/editor/section-markdown'
import { chipSuggestions } from '../../../../../src/renderer/features/strategy/editor/suggestions'

const directory = new ChipDirectory(
  {
    placeholder: (key) => (key === 'cluster.name' ? { text: 'Harbour Tech', title: 'Cluster name', flagged: false } : { text: `{{${key}}}`, title: 'No data has this name', flagged: true }),
    citation: (ids) => ({ text: ids.join('; '), title: '', flagged: false })
  },
  {
    placeholders: [
      { id: 'cluster.name', label: 'Cluster name', detail: '{{cluster.name}}' },
      { id: 'cluster.region', label: 'Region', detail: '{{cluster.region}}' }
    ],
    citations: [{ id: 'porter-1998', label: 'Clusters and the New Economics of Competition', detail: 'Porter 1998' }]
  }
)

let editor: Editor
afterEach(() => {
  editor.destroy()
  document.body.replaceChildren()
})
function open(markdown = '') {
  const element = document.body.appendChild(document.createElement('div'))
  editor = new Editor({ element, extensions: sectionExtensions(directory, [chipSuggestions(directory)]), content: markdown, contentType: 'markdown' })
  editor.commands.focus('end')
  return editor
}
const type = (text: string) => editor.commands.insertContent(text)
// The list is filled asynchronously (items may come from a promise).
const options = async (expected: string[]) => vi.waitFor(() => expect(listed()).toEqual(expected))
const press = (key: string) => editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, new KeyboardEvent('keydown', { key })))
const listed = () => [...document.querySelectorAll('[role="listbox"] [role="option"]:not([aria-disabled])')].map((option) => option.firstChild?.textContent)

describe('inserting data and citations by typing', () => {
  it('"{{" lists the workspace data; Enter inserts a chip that shows the value and saves the placeholder', async () => {
    open('Welcome to ')
    type('{{')
    await options(['Cluster name', 'Region'])
    type('name')
    await options(['Cluster name'])
    press('Enter')
    expect(document.querySelector('.chip-dataField')?.textContent).toBe('Harbour Tech')
    expect(editorMarkdown(editor)).toBe('Welcome to {{cluster.name}}')
  })

  it('an unknown name offers nothing to choose, so Enter cannot make a placeholder', async () => {
    open('Welcome to ')
    type('{{cluster.nmae')
    await options([])
    expect(document.querySelector('[role="listbox"]')?.textContent).toBe('No workspace data matches')
    press('Enter')
    expect(editor.state.doc.textContent).toContain('{{cluster.nmae')
    expect(document.querySelector('.chip-dataField')).toBeNull()
  })

  it('"@" lists the library by title or author and inserts a citation', async () => {
    open('As shown ')
    type('@porter')
    await options(['Clusters and the New Economics of Competition'])
    press('ArrowDown')
    press('Enter')
    expect(editorMarkdown(editor)).toBe('As shown [@porter-1998]')
  })

  it('shows an old unknown placeholder as a flagged chip', async () => {
    open('Hello {{cluster.nmae}}')
    const chip = document.querySelector('.chip-dataField')!
    expect(chip.classList.contains('chip-flagged')).toBe(true)
    expect(chip.getAttribute('aria-label')).toBe('Data: {{cluster.nmae}} (No data has this name)')
  })
})

describe('a placeholder typed out in full', () => {
  it('becomes a chip when the app knows it and stays text when it does not', () => {
    open('')
    for (const char of 'Hi {{cluster.name}} and {{cluster.nmae}}') {
      const { from, to } = editor.state.selection
      // As a keystroke arrives: input rules see typed text, insertContent does not.
      if (!editor.view.someProp('handleTextInput', (handle) => handle(editor.view, from, to, char, () => editor.state.tr.insertText(char, from, to)))) editor.commands.insertContent(char)
    }
    expect([...document.querySelectorAll('.chip-dataField')].map((chip) => chip.textContent)).toEqual(['Harbour Tech'])
    expect(editorMarkdown(editor)).toBe('Hi {{cluster.name}} and {{cluster.nmae}}')
  })
})
