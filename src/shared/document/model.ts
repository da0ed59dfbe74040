/**
 * The document model every piece of user-written text becomes: notes in the library, strategy
 * sections, and (later) the PDF. It has no HTML in it, so nothing a user types can ever become
 * a script, a frame or a form; links keep an href only when it is http(s) or mailto.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis' | 'delete'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string | null; children: Inline[] }
  | { type: 'citation'; ids: string[] }
  | { type: 'placeholder'; key: string }
  | { type: 'break' }

export type Align = 'left' | 'right' | 'center' | null

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number | null; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'code'; value: string }
  /** `widths`: each column's share of the table's width (the export sets them; Markdown tables share it equally). */
  | { type: 'table'; align: Align[]; rows: Inline[][][]; widths?: number[] }
  | { type: 'rule' }

export type DocumentModel = {
  blocks: Block[]
  /** Set when the text was too large or complex to format and is shown as plain paragraphs. */
  problem: string | null
}

/** The visible text of inline content (for word counts, search and outlines). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value
        case 'strong':
        case 'emphasis':
        case 'delete':
        case 'link':
          return inlineText(node.children)
        case 'citation':
          return ''
        case 'placeholder':
          return node.key
        case 'break':
          return ' '
      }
    })
    .join('')
}

/** All visible text of a document, block by block. */
export function documentText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [inlineText(block.children)]
      case 'list':
        return block.items.flatMap((item) => documentText(item))
      case 'blockquote':
        return documentText(block.children)
      case 'code':
        return [block.value]
      case 'table':
        return block.rows.flatMap((row) => row.map((cell) => inlineText(cell)))
      case 'rule':
        return []
    }
  })
}

export function countWords(blocks: readonly Block[]): number {
  return documentText(blocks).reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0), 0)
}
