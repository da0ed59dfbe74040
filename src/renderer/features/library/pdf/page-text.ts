import type { usePageContext } from 'react-pdf'

export type PdfPage = Exclude<NonNullable<ReturnType<typeof usePageContext>>['page'], false | null | undefined>
type TextContent = Awaited<ReturnType<PdfPage['getTextContent']>>

/**
 * Each page's text, asked of the worker once per page, for the text layer and for find alike. The
 * text layer asks from a render, and a render that React repeats (StrictMode) or throws away must
 * find the request here, not ask again.
 */
const pageTexts = new WeakMap<PdfPage, Promise<TextContent>>()

export function textOf(page: PdfPage): Promise<TextContent> {
  let text = pageTexts.get(page)
  if (!text) {
    text = page.getTextContent({ includeMarkedContent: true })
    pageTexts.set(page, text)
  }
  return text
}

/** A page's words as one string, for find (marked-content markers carry no text and are left out). */
export function plainTextOf(page: PdfPage): Promise<string> {
  return textOf(page).then((content) => content.items.flatMap((item) => ('str' in item ? [item.str] : [])).join(' '))
}
