import type { Editor } from '@tiptap/core'

/**
 * The serializer writes `&`, `>` and bare web addresses defensively (`&amp;`, `&gt;`,
 * `[https://x.org](https://x.org)`) and puts extra blank lines around tables. Those read badly in the saved file and mean the same thing
 * unescaped, so they are written back the way people type them. `>` is unescaped only after a
 * word (elsewhere it could begin a quote), `&` only where it cannot spell an entity.
 */
export function tidyMarkdown(markdown: string): string {
  return markdown
    .replace(/&amp;(?![#A-Za-z0-9]+;)/g, '&')
    .replace(/(?<=[\p{L}\p{N}] ?)&gt;/gu, '>')
    .replace(/\[(https?:\/\/[^\s\]\\()]+)\]\(\1\)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '')
}

/** The editor's content as the section's Markdown (what is saved and printed). */
export const editorMarkdown = (editor: Editor): string => tidyMarkdown(editor.getMarkdown())
