import type { Block, Inline } from '../document/model'

/** Calls `visit` on every inline node of blocks of text, in reading order (citations, placeholders). */
export function forEachInline(blocks: readonly Block[], visit: (node: Inline) => void): void {
  const inlines = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      visit(node)
      if ('children' in node) inlines(node.children)
    }
  }
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') inlines(block.children)
    else if (block.type === 'list') block.items.forEach((item) => forEachInline(item, visit))
    else if (block.type === 'blockquote') forEachInline(block.children, visit)
    else if (block.type === 'table') block.rows.forEach((row) => row.forEach(inlines))
  }
}
