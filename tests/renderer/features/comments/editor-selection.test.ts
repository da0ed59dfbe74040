import { afterEach, describe, expect, it } from 'vitest'
import { selectedPassage } from '../../../../src/renderer/features/comments/editor-selection'

/** A section editor's container: a rich-text (contenteditable) body, or a Markdown textarea. */
function container(html: string): HTMLElement {
  const element = document.createElement('div')
  element.innerHTML = html
  document.body.append(element)
  return element
}

function selectText(node: Node, start: number, endNode: Node, end: number) {
  const range = document.createRange()
  range.setStart(node, start)
  range.setEnd(endNode, end)
  window.getSelection()!.removeAllRanges()
  window.getSelection()!.addRange(range)
}

afterEach(() => {
  window.getSelection()?.removeAllRanges()
  document.body.innerHTML = ''
})

describe('the passage selected in the section editor', () => {
  it('comes from a rich-text editor through the document selection, with the words around it', () => {
    const editor = container('<div contenteditable="true"><p>We <strong>double</strong> the fleet by 2030.</p></div>')
    const strong = editor.querySelector('strong')!.firstChild!
    const after = strong.parentNode!.nextSibling!
    selectText(strong, 0, after, 10)
    expect(selectedPassage(editor)).toEqual({ quote: 'double the fleet', prefix: 'We ', suffix: ' by 2030.' })
  })

  it('comes from a textarea’s own selection, in Markdown, even after the focus moved on', () => {
    const editor = container('<textarea></textarea><button>Comment</button>')
    const area = editor.querySelector('textarea')!
    area.value = 'We **double** the fleet by 2030.'
    area.setSelectionRange(3, 13)
    editor.querySelector('button')!.focus()
    expect(selectedPassage(editor)).toEqual({ quote: '**double**', prefix: 'We ', suffix: ' the fleet by 2030.' })
  })

  it('is nothing when the selection is elsewhere on the page or empty', () => {
    const editor = container('<div contenteditable="true"><p>Inside.</p></div>')
    const outside = container('<p>Outside the editor.</p>')
    selectText(outside.querySelector('p')!.firstChild!, 0, outside.querySelector('p')!.firstChild!, 7)
    expect(selectedPassage(editor)).toBeNull()
    window.getSelection()!.removeAllRanges()
    expect(selectedPassage(editor)).toBeNull()
    expect(selectedPassage(null)).toBeNull()
  })
})
