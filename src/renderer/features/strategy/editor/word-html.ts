/**
 * Clipboard HTML from Word and Google Docs, reduced to its structure: headings, paragraphs,
 * lists, tables, bold, italic and links. Word writes list items as paragraphs with a typed
 * number or bullet (`mso-list`, hidden in conditional comments); Google Docs writes bold and
 * italic as styled spans and wraps everything in a "not bold" `<b>`. The editor's schema drops
 * whatever is left (classes, fonts, colours), so only these shapes need translating here.
 */
export function cleanClipboardHtml(html: string): string {
  const doc = new DOMParser().parseFromString(inert(html), 'text/html')
  const body = doc.body
  removeWordMarkers(body)
  // Office's own elements (`<o:p>`, `<v:shape>`, `<w:sdt>`) carry nothing the text needs.
  for (const junk of body.querySelectorAll('*')) if (/^(?:style|script|meta|link|title|xml)$|:/i.test(junk.tagName)) junk.remove()
  for (const element of [...body.querySelectorAll<HTMLElement>('span, font, b, i, strong, em')]) restyle(element)
  for (const anchor of body.querySelectorAll('a.msocomanchor')) anchor.remove()
  for (const note of styled(body, /mso-element\s*:\s*comment/i)) note.remove()
  wordTitles(body)
  wordLists(body)
  headerRows(body)
  // Word's spacer paragraphs (`<o:p>&nbsp;</o:p>`) would become empty lines in the text.
  for (const paragraph of body.querySelectorAll('p')) if (!paragraph.textContent?.replace(/\u00a0/g, ' ').trim() && !paragraph.querySelector('img, br')) paragraph.remove()
  for (const element of body.querySelectorAll('*')) {
    for (const name of [...element.getAttributeNames()]) if (!KEPT_ATTRIBUTES.has(name)) element.removeAttribute(name)
  }
  return body.innerHTML
}

/**
 * Parsing inline styles, even in a detached document, is refused (and logged) under the page's
 * content security policy. Style sheets are dropped and `style` attributes renamed before parsing:
 * their text is still read below, as `data-style`, to find bold, italic and Word's list markers.
 */
const inert = (html: string) => html.replace(/<style[\s\S]*?<\/style\s*>/gi, '').replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, '$1data-style$2')
const styleOf = (element: Element) => element.getAttribute('data-style') ?? ''
const styled = (root: HTMLElement, pattern: RegExp) => [...root.querySelectorAll('[data-style]')].filter((element) => pattern.test(styleOf(element)))

const KEPT_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'start'])

/** Comments (Word's conditional ones included) and the typed list markers they hide. */
function removeWordMarkers(root: HTMLElement) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT)
  const comments: Comment[] = []
  while (walker.nextNode()) comments.push(walker.currentNode as Comment)
  for (const comment of comments) {
    // `<!--[if !supportLists]-->1.<!--[endif]-->`: what sits between is Word's typed list marker
    // (or, for `!supportAnnotations`, a comment's "[AH1]" anchor).
    if (/^\[if !support\w+\]/.test(comment.data)) {
      let next = comment.nextSibling
      while (next && !(next.nodeType === Node.COMMENT_NODE && /^\[endif\]/.test((next as Comment).data))) {
        const after = next.nextSibling
        if (next.nodeType === Node.ELEMENT_NODE && comment.data.startsWith('[if !supportLists]')) comment.parentElement?.setAttribute('data-list-marker', next.textContent?.trim() ?? '')
        next.remove()
        next = after
      }
    }
  }
  for (const comment of comments) comment.remove()
  for (const marker of styled(root, /mso-list\s*:\s*Ignore/i)) {
    marker.closest('p')?.setAttribute('data-list-marker', marker.textContent?.trim() ?? '')
    marker.remove()
  }
}

/** Styled spans become the emphasis they show; a "not bold" wrapper just goes away. */
function restyle(element: HTMLElement) {
  const style = styleOf(element)
  const weight = /font-weight\s*:\s*(\w+)/i.exec(style)?.[1]
  const bold = weight !== undefined ? weight === 'bold' || Number(weight) >= 600 : null
  const italic = /font-style\s*:\s*italic/i.test(style)
  const tag = element.tagName.toLowerCase()
  const isBoldTag = tag === 'b' || tag === 'strong'
  const isItalicTag = tag === 'i' || tag === 'em'
  let inner: Node[] = [...element.childNodes]
  const wrap = (name: string) => {
    const wrapper = element.ownerDocument.createElement(name)
    wrapper.append(...inner)
    inner = [wrapper]
  }
  if (bold === true || (isBoldTag && bold !== false)) wrap('strong')
  if (italic || isItalicTag) wrap('em')
  element.replaceWith(...inner)
}

function wordTitles(root: HTMLElement) {
  for (const paragraph of root.querySelectorAll('p.MsoTitle, p.MsoSubtitle')) {
    const heading = root.ownerDocument.createElement(paragraph.classList.contains('MsoTitle') ? 'h1' : 'h2')
    heading.append(...paragraph.childNodes)
    paragraph.replaceWith(heading)
  }
}

/**
 * A saved table always has a header row (Markdown has no other kind), and Word marks none: its
 * first row, usually set in bold, becomes the header, so no empty row is made up above it.
 */
function headerRows(root: HTMLElement) {
  for (const table of root.querySelectorAll('table')) {
    const first = table.querySelector('tr')
    if (!first || table.querySelector('th')) continue
    for (const cell of [...first.children]) {
      const header = root.ownerDocument.createElement('th')
      header.append(...cell.childNodes)
      for (const strong of [...header.querySelectorAll('strong')]) strong.replaceWith(...strong.childNodes)
      cell.replaceWith(header)
    }
  }
}

const listLevel = (paragraph: Element) => Number(/level(\d+)/i.exec(styleOf(paragraph))?.[1] ?? 1)
/** Word's list id (`l0`, `l1`): two lists one after the other are two lists, not one. */
const listId = (paragraph: Element) => /mso-list\s*:\s*(l\d+)/i.exec(styleOf(paragraph))?.[1] ?? ''
const isWordListItem = (node: Element | null): node is HTMLElement =>
  node !== null && node.tagName === 'P' && (/mso-list\s*:\s*l\d/i.test(styleOf(node)) || /MsoListParagraph/.test(node.className))
const isOrderedMarker = (marker: string) => /^(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i.test(marker)

/** Runs of Word's list paragraphs become nested `<ul>`/`<ol>` lists, by level and marker. */
function wordLists(root: HTMLElement) {
  const doc = root.ownerDocument
  for (const first of [...root.querySelectorAll('p')]) {
    const before = first.previousElementSibling
    if (!first.isConnected || !isWordListItem(first) || (isWordListItem(before) && listId(before) === listId(first))) continue
    const run: HTMLElement[] = []
    for (let node: Element | null = first; isWordListItem(node) && listId(node) === listId(first); node = node.nextElementSibling) run.push(node)
    const stack: { level: number; list: HTMLElement }[] = []
    const top = doc.createElement(isOrderedMarker(first.dataset.listMarker ?? '') ? 'ol' : 'ul')
    first.before(top)
    stack.push({ level: listLevel(first), list: top })
    for (const paragraph of run) {
      const level = listLevel(paragraph)
      while (stack.length > 1 && level < stack.at(-1)!.level) stack.pop()
      if (level > stack.at(-1)!.level) {
        const nested = doc.createElement(isOrderedMarker(paragraph.dataset.listMarker ?? '') ? 'ol' : 'ul')
        ;(stack.at(-1)!.list.lastElementChild ?? stack.at(-1)!.list).append(nested)
        stack.push({ level, list: nested })
      }
      const item = doc.createElement('li')
      const text = doc.createElement('p')
      text.append(...paragraph.childNodes)
      item.append(text)
      stack.at(-1)!.list.append(item)
      paragraph.remove()
    }
  }
}
