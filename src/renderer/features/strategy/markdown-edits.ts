/**
 * Toolbar edits on a Markdown textarea: each takes the text and the selection and returns the
 * new text and selection, so they are plain functions (tested without a browser).
 */
export type Edit = { text: string; start: number; end: number }

/** Wraps the selection in a marker ("**" for bold); with nothing selected, inserts a sample word. */
export function wrap(edit: Edit, marker: string, sample: string): Edit {
  const selected = edit.text.slice(edit.start, edit.end) || sample
  const text = edit.text.slice(0, edit.start) + marker + selected + marker + edit.text.slice(edit.end)
  return { text, start: edit.start + marker.length, end: edit.start + marker.length + selected.length }
}

/** Puts a prefix ("## ", "- ", "1. ") at the start of every line the selection touches. */
export function prefixLines(edit: Edit, prefix: string): Edit {
  const lineStart = edit.text.lastIndexOf('\n', edit.start - 1) + 1
  const block = edit.text.slice(lineStart, edit.end)
  const prefixed = block
    .split('\n')
    .map((line, index) => (prefix === '1. ' ? `${index + 1}. ` : prefix) + line.replace(/^(#{1,6} |[-*] |\d+\. )/, ''))
    .join('\n')
  const text = edit.text.slice(0, lineStart) + prefixed + edit.text.slice(edit.end)
  return { text, start: lineStart, end: lineStart + prefixed.length }
}

/** Inserts text at the cursor (replacing any selection) and puts the cursor after it. */
export function insert(edit: Edit, snippet: string): Edit {
  const text = edit.text.slice(0, edit.start) + snippet + edit.text.slice(edit.end)
  const at = edit.start + snippet.length
  return { text, start: at, end: at }
}

/** Makes the selection a link; the address is selected afterwards so it can be typed over. */
export function link(edit: Edit): Edit {
  const label = edit.text.slice(edit.start, edit.end) || 'link text'
  const url = 'https://'
  const snippet = `[${label}](${url})`
  const text = edit.text.slice(0, edit.start) + snippet + edit.text.slice(edit.end)
  const urlStart = edit.start + label.length + 3
  return { text, start: urlStart, end: urlStart + url.length }
}
