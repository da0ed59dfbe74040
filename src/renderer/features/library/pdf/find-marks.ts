import { findSegments } from '../../../../shared/library/text-find'

/**
 * Wraps each occurrence of `find` in the text layer's runs in <mark>, and unwraps the previous
 * ones. The PDF's text only ever becomes text nodes, so nothing in a PDF is read as markup.
 */
export function markFound(container: HTMLElement, find: string) {
  if (!find.trim() && !container.querySelector('mark')) return
  for (const span of container.querySelectorAll<HTMLElement>('span[role="presentation"]')) {
    const text = span.textContent
    const segments = findSegments(text, find)
    if (segments.length === 1 && !segments[0]!.match) {
      if (span.childElementCount > 0) span.textContent = text
      continue
    }
    span.replaceChildren(
      ...segments.map((segment) => {
        if (!segment.match) return document.createTextNode(segment.text)
        const mark = document.createElement('mark')
        mark.textContent = segment.text
        return mark
      })
    )
  }
}
