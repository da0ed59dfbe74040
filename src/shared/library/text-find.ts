/**
 * Find-in-document helpers, pure so they are tested without a PDF: case- and accent-insensitive
 * matching, and the HTML pdf.js's text layer receives with the matches marked. That HTML is
 * built from the PDF's own text, so everything is escaped: a PDF cannot inject markup.
 */
export function foldForFind(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

/** The text with each occurrence of the query wrapped in <mark>, escaped. */
export function markMatches(text: string, query: string): string {
  const needle = foldForFind(query.trim())
  if (!needle) return escapeHtml(text)
  // Folding can change lengths (é → e + mark removed), so match on a per-character folded copy.
  const chars = [...text]
  const folded = chars.map((ch) => foldForFind(ch))
  let html = ''
  let at = 0
  while (at < chars.length) {
    let joined = ''
    let end = at
    while (end < chars.length && joined.length < needle.length) joined += folded[end++]
    if (joined === needle) {
      html += `<mark>${escapeHtml(chars.slice(at, end).join(''))}</mark>`
      at = end
    } else {
      html += escapeHtml(chars[at]!)
      at += 1
    }
  }
  return html
}

/** The 1-based numbers of the pages whose text contains the query. */
export function pagesContaining(pageTexts: readonly string[], query: string): number[] {
  const needle = foldForFind(query.trim())
  if (!needle) return []
  return pageTexts.flatMap((text, index) => (foldForFind(text).includes(needle) ? [index + 1] : []))
}
