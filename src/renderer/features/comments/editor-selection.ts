import { quoteAt } from '../../../shared/comments/anchor'
import { COMMENT_LIMITS, type TextQuote } from '../../../shared/comments/schema'

/** Text of `range` cut to where `root` begins or ends, as a reader sees it. */
function textBetween(root: Node, from: { node: Node; offset: number } | null, to: { node: Node; offset: number } | null): string {
  const range = document.createRange()
  range.selectNodeContents(root)
  if (from) range.setStart(from.node, from.offset)
  if (to) range.setEnd(to.node, to.offset)
  return range.toString()
}

/** The block around a selection (a paragraph, a cell): the context either side stays within it. */
function blockOf(node: Node, container: Element): Node {
  const element = node instanceof Element ? node : node.parentElement
  return element?.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre, [contenteditable="true"]') ?? container
}

/**
 * The passage selected in the section editor, as a text-quote anchor, or null when nothing in it
 * is selected. A textarea keeps its selection after the focus moves to a button, so its offsets
 * are read directly (they are offsets in the Markdown itself); anything else (a rich-text editor,
 * the preview) is read from the document's selection, which `window.getSelection()` gives.
 */
export function selectedPassage(container: Element | null): TextQuote | null {
  if (!container) return null
  const selection = window.getSelection()
  const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null
  const field = container.querySelector('textarea')
  if (range && container.contains(range.commonAncestorContainer) && !(field && range.intersectsNode(field))) {
    const quote = range.toString().trim()
    if (quote) {
      const block = blockOf(range.commonAncestorContainer, container)
      const prefix = textBetween(block, null, { node: range.startContainer, offset: range.startOffset }).slice(-COMMENT_LIMITS.context)
      const suffix = textBetween(block, { node: range.endContainer, offset: range.endOffset }, null).slice(0, COMMENT_LIMITS.context)
      return { quote: quote.slice(0, COMMENT_LIMITS.quote), prefix, suffix }
    }
  }
  if (field && field.selectionEnd > field.selectionStart) {
    const anchor = quoteAt(field.value, field.selectionStart, field.selectionEnd)
    return anchor.quote.trim() ? anchor : null
  }
  return null
}
