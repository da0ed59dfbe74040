import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from '@cantoo/pdf-lib'

/**
 * The pages (0-based) that the document's top-level bookmarks point to, in order. Each part's first
 * page carries a bookmark (react-pdf writes them as the PDF's outline), so this is where each part
 * begins: read from the laid-out file instead of a render prop, which made react-pdf lay pages out again.
 */
export function bookmarkedPages(document: PDFDocument): { title: string; page: number }[] {
  const pageRefs = document.getPages().map((page) => page.ref.toString())
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const pages: { title: string; page: number }[] = []
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const target = item.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0)
    const title = item.lookup(PDFName.of('Title'))
    pages.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      page: target instanceof PDFRef ? pageRefs.indexOf(target.toString()) : -1
    })
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return pages
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

/** Gives the document a flat outline (the bookmarks a PDF viewer lists beside the pages), replacing any it had. */
export function writeOutline(document: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return
  const { context } = document
  const pages = document.getPages()
  const root = context.nextRef()
  const refs = entries.map(() => context.nextRef())
  entries.forEach((entry, index) => {
    const item = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: root, Dest: [pages[entry.pageIndex]!.ref, 'Fit'] })
    if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!)
    if (index < entries.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!)
    context.assign(refs[index]!, item)
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: entries.length }))
  document.catalog.set(PDFName.of('Outlines'), root)
}
