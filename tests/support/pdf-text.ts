import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Opens PDF bytes with pdf.js as the app's viewer does: no eval, no font faces, quiet. */
const openPdf = (bytes: Uint8Array) => getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise

/** The text of each page of a PDF, as a reader's copy-and-paste would give it (pdf.js). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const document = await openPdf(bytes)
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  await document.destroy()
  return pages
}

/** Every link target in a PDF (pdf.js reports unsafe ones too, as unsafeUrl). */
export async function pdfLinks(bytes: Uint8Array): Promise<string[]> {
  const document = await openPdf(bytes)
  const links: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    for (const annotation of await (await document.getPage(number)).getAnnotations()) {
      const { url, unsafeUrl } = annotation as { url?: string; unsafeUrl?: string }
      if (url ?? unsafeUrl) links.push((url ?? unsafeUrl)!)
    }
  }
  await document.destroy()
  return links
}

/** How many times each drawing operator occurs on one page, named as pdf.js names them (`clip`, `save`, `showText`, …). */
export async function pdfPageOperators(bytes: Uint8Array, pageNumber: number): Promise<Record<string, number>> {
  const document = await openPdf(bytes)
  const { fnArray } = await (await document.getPage(pageNumber)).getOperatorList()
  await document.destroy()
  const names = new Map(Object.entries(OPS).map(([name, code]) => [code, name]))
  const counts: Record<string, number> = {}
  for (const code of fnArray) {
    const name = names.get(code) ?? String(code)
    counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}

/** The top-level bookmarks a PDF viewer lists beside the pages: each title and the page (1-based) it opens. */
export async function pdfOutline(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const document = await openPdf(bytes)
  const items = (await document.getOutline()) ?? []
  const outline = await Promise.all(
    items.map(async (item) => {
      const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest
      return { title: item.title, page: (await document.getPageIndex(dest![0] as { num: number; gen: number })) + 1 }
    })
  )
  await document.destroy()
  return outline
}

/** Where each run of text on a page sits, in PDF points from the page's bottom left: its left and right edges and baseline. */
export async function pdfTextPlacements(bytes: Uint8Array, pageNumber: number): Promise<{ text: string; left: number; right: number; baseline: number; pageWidth: number; pageHeight: number }[]> {
  const document = await openPdf(bytes)
  const page = await document.getPage(pageNumber)
  const pageWidth = page.view[2]! - page.view[0]!
  const pageHeight = page.view[3]! - page.view[1]!
  const content = await page.getTextContent()
  await document.destroy()
  return content.items.flatMap((item) => ('str' in item && item.str.trim() ? [{ text: item.str, left: item.transform[4] as number, right: (item.transform[4] as number) + item.width, baseline: item.transform[5] as number, pageWidth, pageHeight }] : []))
}
