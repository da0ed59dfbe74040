import type { EditorProps } from '@tiptap/pm/view'
import { MARKDOWN_LIMITS } from '../../../../shared/document/markdown'
import { cleanClipboardHtml } from './word-html'

const countCells = (html: string) => html.match(/<t[dh][\s>]/gi)?.length ?? 0

/**
 * Paste keeps the structure of Word and Google Docs text and drops its styling. Two limits keep
 * a section quick to type in and to print: more than 2,000 table cells are pasted as plain text,
 * and more than 100,000 characters are not pasted at all. Either way the page says why. The
 * limits are checked before the editor parses the clipboard, so an oversized paste costs nothing.
 */
export function guardedPaste(notice: (message: string | null) => void): Pick<EditorProps, 'transformPastedHTML' | 'handleDOMEvents'> {
  return {
    transformPastedHTML: cleanClipboardHtml,
    handleDOMEvents: {
      paste(view, event) {
        const html = event.clipboardData?.getData('text/html') ?? ''
        const text = event.clipboardData?.getData('text/plain') ?? ''
        const size = Math.max(text.length, html.length > MARKDOWN_LIMITS.chars ? html.replace(/<[^>]*>/g, '').length : 0)
        if (size > MARKDOWN_LIMITS.chars) {
          event.preventDefault()
          notice(`That text is ${size.toLocaleString('en')} characters long; a section holds at most ${MARKDOWN_LIMITS.chars.toLocaleString('en')}. Paste it in parts over several sections, or attach it as a file.`)
          return true
        }
        const cells = countCells(html)
        if (cells > MARKDOWN_LIMITS.tableCells) {
          event.preventDefault()
          notice(`That table has ${cells.toLocaleString('en')} cells, more than the ${MARKDOWN_LIMITS.tableCells.toLocaleString('en')} a section can lay out, so it was pasted as plain text. Split the table or attach it as a file.`)
          view.pasteText(text, event)
          return true
        }
        notice(null)
        return false
      }
    }
  }
}
