/** A laid-out react-pdf node, as far as bookmarks go. */
type LaidOutNode = { props?: { bookmark?: unknown }; children?: readonly LaidOutNode[] }

const bookmarkTitle = (bookmark: unknown) => (typeof bookmark === 'string' ? bookmark : ((bookmark as { title?: string }).title ?? ''))

/**
 * The bookmarks on the laid-out pages, in the order react-pdf would write them, each with its page
 * (0-based); takes them off the nodes, so the document's outline is only the one writeOutline
 * gives it. Each part's first page carries a bookmark, so this is where each part begins: read
 * from the layout instead of a render prop, which made react-pdf lay pages out again.
 */
export function takeBookmarks(pages: readonly LaidOutNode[]): { title: string; page: number }[] {
  const found: { title: string; page: number }[] = []
  const visit = (node: LaidOutNode, page: number) => {
    if (node.props?.bookmark) {
      found.push({ title: bookmarkTitle(node.props.bookmark), page })
      delete node.props.bookmark
    }
    node.children?.forEach((child) => visit(child, page))
  }
  pages.forEach((page, index) => visit(page, index))
  return found
}

/**
 * The page (0-based) where each of `titles` begins, matched in order against the bookmarks: a
 * section whose box react-pdf splits over a page break can carry its bookmark onto the next page
 * as well, so a repeated title is skipped. -1 where a title has no bookmark.
 */
export function startPages(bookmarks: readonly { title: string; page: number }[], titles: readonly string[]): number[] {
  let at = 0
  return titles.map((title) => {
    while (at < bookmarks.length && bookmarks[at]!.title !== title) at += 1
    return at < bookmarks.length ? bookmarks[at++]!.page : -1
  })
}

export type OutlineEntry = { title: string; pageIndex: number }

/** Gives the document a flat outline (the bookmarks a PDF viewer lists beside the pages), each opening its page whole. */
export function writeOutline(pdf: PDFKit.PDFDocument, entries: readonly OutlineEntry[]): void {
  // pdfkit 0.20 takes a page number and "fit" (as react-pdf's own bookmarks use); its types name neither.
  const addItem = pdf.outline.addItem.bind(pdf.outline) as (title: string, options: { pageNumber: number; fit: boolean }) => unknown
  for (const entry of entries) addItem(entry.title, { pageNumber: entry.pageIndex, fit: true })
}
