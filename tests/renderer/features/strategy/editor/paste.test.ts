import { Editor } from '@tiptap/core'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sectionExtensions } from '../../../../../src/renderer/features/strategy/editor/extensions'
import { guardedPaste } from '../../../../../src/renderer/features/strategy/editor/paste'
import { editorMarkdown } from '../../../../../src/renderer/features/strategy/editor/section-markdown'
import { DANGEROUS_URL, FORBIDDEN_ELEMENTS, XSS_CORPUS } from '../../../../fixtures/xss-corpus'

const fixture = (name: string) => readFileSync(`tests/fixtures/clipboard/${name}`, 'utf8')
let editor: Editor
afterEach(() => editor.destroy())

function pasteInto(clipboard: Record<string, string>, notice = vi.fn()) {
  editor = new Editor({ element: document.createElement('div'), extensions: sectionExtensions(null), editorProps: guardedPaste(notice) })
  const transfer = new DataTransfer()
  for (const [type, value] of Object.entries(clipboard)) transfer.setData(type, value)
  const event = new ClipboardEvent('paste', { clipboardData: transfer, cancelable: true })
  // What ProseMirror does with a real paste event: the DOM handler first, then the cleaned HTML.
  if (!editor.view.someProp('handleDOMEvents', (handlers) => handlers.paste?.(editor.view, event))) editor.view.pasteHTML(clipboard['text/html']!, event)
  return { markdown: editorMarkdown(editor), notice }
}

describe('pasting from Word and Google Docs', () => {
  it('keeps the structure of a Word document and drops its styling', () => {
    const { markdown } = pasteInto({ 'text/html': fixture('word-strategy.html'), 'text/plain': 'ignored' })
    expect(markdown).toContain('# Kestrel Coast Ocean Cluster\n\n## Why now\n\n')
    expect(markdown).toContain('run **hybrid vessels** are here, but they *rarely* work together. See the [2025 member survey](https://kestrel.example.org/survey).')
    expect(markdown).toContain('- Shared test site at the harbour\n  - Open to every member\n- Joint tenders for **hybrid ferries**\n\n1. Map the members\n2. Agree the targets')
    expect(markdown).toMatch(/\| Pillar +\| Members +\|\n\| -+ \| -+ \|\n\| Industry +\| 12 +\|/)
    expect(markdown).toContain('A trap link and a comment end.')
    for (const junk of ['mso', 'Calibri', 'Georgia', 'o:p', '[AH1]', 'javascript', '·', '&nbsp;', 'StartFragment', 'Style Definitions']) expect(markdown).not.toContain(junk)
  })

  it('reads Google Docs bold and italic from styles, not from its "not bold" wrapper', () => {
    const { markdown } = pasteInto({ 'text/html': fixture('google-docs.html') })
    expect(markdown).toBe('## Services to members\n\n**Matchmaking** between firms and the *university*.\n\n- Funding advice')
  })

  it('pastes a table of more than 2,000 cells as plain text, and says why', () => {
    const row = `<tr>${'<td>x</td>'.repeat(10)}</tr>`
    const { markdown, notice } = pasteInto({ 'text/html': `<table>${row.repeat(201)}</table>`, 'text/plain': 'x\tx\tx\nx' })
    expect(markdown).toBe('x\tx\tx\n\nx')
    expect(notice).toHaveBeenCalledWith(expect.stringContaining('That table has 2,010 cells'))
  })

  it('refuses more than 100,000 characters in one paste, and says why', () => {
    const { markdown, notice } = pasteInto({ 'text/plain': 'word '.repeat(20_001) })
    expect(markdown).toBe('')
    expect(notice).toHaveBeenCalledWith(expect.stringContaining('100,005 characters long'))
  })

  it.each(XSS_CORPUS)('pastes %j as harmless text: no script, frame, image or dangerous link', (payload) => {
    const { markdown } = pasteInto({ 'text/html': `<p>Before</p>${payload}<p><a href="javascript:alert(1)">after</a></p>`, 'text/plain': payload })
    const dom = editor.view.dom
    for (const tag of FORBIDDEN_ELEMENTS) expect(dom.querySelector(tag), tag).toBeNull()
    for (const element of dom.querySelectorAll('*')) for (const attribute of element.attributes) expect(attribute.name.startsWith('on')).toBe(false)
    for (const link of dom.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(DANGEROUS_URL)
    // Markdown link syntax that arrived as text is written escaped (`\[click\](…)`), so it stays text.
    expect(markdown).not.toMatch(/(?<!\\)\]\(\s*(?:javascript|&#)/i)
  })
})
