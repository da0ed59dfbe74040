import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Align, Block, DocumentModel, Inline } from './model'
import { safeHref } from './safe-url'

/**
 * Limits that keep formatting fast. micromark is linear for ordinary prose but slows down badly
 * on pathological input (deep nesting, masses of emphasis markers), so such text is shown as
 * plain paragraphs instead, with a message saying why.
 */
export const MARKDOWN_LIMITS = { chars: 100_000, nesting: 16, delimiters: 12_000, tableCells: 2_000 } as const

/** `[@id]` or `[@a; @b]`: the ids cited. Shared with the editor, which shows these as chips. */
export const CITATION = /\[@([A-Za-z0-9_-]+(?:\s*;\s*@[A-Za-z0-9_-]+)*)\]/g
/** `{{cluster.name}}`: a value filled in from the workspace. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g

/** The ids of a citation's inner text (`@a; @b`). */
export const citationIds = (inner: string): string[] => inner.split(';').map((id) => id.trim().replace(/^@/, ''))

/** Parses Markdown (with tables, strikethrough, citations `[@id]` and placeholders `{{key}}`). */
export function parseMarkdown(source: string): DocumentModel {
  const problem = tooComplex(source)
  if (problem) return { blocks: plainParagraphs(source.slice(0, MARKDOWN_LIMITS.chars)), problem }
  try {
    const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
    return { blocks: tree.children.flatMap(toBlocks), problem: null }
  } catch {
    return { blocks: plainParagraphs(source), problem: 'This text could not be formatted, so it is shown as plain text.' }
  }
}

const cache = new Map<string, DocumentModel>()
const CACHE_SIZE = 400

/**
 * `parseMarkdown` for text that is parsed again and again while nothing in it changed: every
 * section of a strategy is re-read for citation numbers, word counts and coverage on each
 * keystroke in one of them. The most recently used results are kept; models are never mutated.
 */
export function parseMarkdownCached(source: string): DocumentModel {
  const hit = cache.get(source)
  if (hit) {
    cache.delete(source) // re-insert: most recently used last
    cache.set(source, hit)
    return hit
  }
  const model = parseMarkdown(source)
  cache.set(source, model)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return model
}

/** A cheap linear scan for the shapes that make Markdown parsing slow. */
function tooComplex(source: string): string | null {
  if (source.length > MARKDOWN_LIMITS.chars) {
    return `This text is longer than ${MARKDOWN_LIMITS.chars.toLocaleString('en')} characters, so it is shown unformatted (and cut short here).`
  }
  let delimiters = 0
  let cells = 0
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]
    // Closing brackets count too: a run of "](" makes the link parser backtrack without any "[".
    if (char === '[' || char === ']' || char === '*' || char === '_' || char === '`' || char === '~') delimiters += 1
    else if (char === '|') cells += 1
  }
  if (delimiters > MARKDOWN_LIMITS.delimiters) return 'This text has too much formatting markup to format quickly, so it is shown as plain text.'
  // GFM table parsing grows faster than the table, so a very large table is shown as plain text.
  if (cells > MARKDOWN_LIMITS.tableCells) {
    return `This text has tables with more than ${MARKDOWN_LIMITS.tableCells.toLocaleString('en')} cells, so it is shown as plain text. Split the table or attach it as a file.`
  }
  for (const line of source.split('\n')) {
    const prefix = /^[\s>*+\-\d.)]*/.exec(line)?.[0] ?? ''
    const quotes = prefix.split('>').length - 1
    const indent = Math.floor(prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length / 2)
    if (quotes > MARKDOWN_LIMITS.nesting || indent > MARKDOWN_LIMITS.nesting * 2) {
      return `This text is nested more than ${MARKDOWN_LIMITS.nesting} levels deep, so it is shown as plain text.`
    }
  }
  return null
}

function plainParagraphs(source: string): Block[] {
  return source
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => ({ type: 'paragraph', children: [{ type: 'text', value: chunk }] }))
}

function toBlocks(node: RootContent): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ type: 'heading', depth: node.depth, children: inlines(node.children) }]
    case 'paragraph':
      return [{ type: 'paragraph', children: inlines(node.children) }]
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered === true,
          start: node.ordered ? (node.start ?? 1) : null,
          items: node.children.map((item) => item.children.flatMap(toBlocks))
        }
      ]
    case 'blockquote':
      return [{ type: 'blockquote', children: node.children.flatMap(toBlocks) }]
    case 'code':
      return [{ type: 'code', value: node.value }]
    case 'table':
      return [
        {
          type: 'table',
          align: (node.align ?? []).map((align): Align => align ?? null),
          rows: node.children.map((row) => row.children.map((cell) => inlines(cell.children)))
        }
      ]
    case 'thematicBreak':
      return [{ type: 'rule' }]
    case 'html':
      // Raw HTML is never interpreted: it is shown as the text the user typed.
      return [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }]
    case 'footnoteDefinition':
      return node.children.flatMap(toBlocks)
    default:
      return [] // definitions and anything unknown carry no visible content of their own
  }
}

function inlines(nodes: readonly PhrasingContent[]): Inline[] {
  return nodes.flatMap(toInlines)
}

function toInlines(node: PhrasingContent | Nodes): Inline[] {
  switch (node.type) {
    case 'text':
      return splitSpecials(node.value)
    case 'strong':
    case 'emphasis':
    case 'delete':
      return [{ type: node.type, children: inlines(node.children) }]
    case 'inlineCode':
      return [{ type: 'code', value: node.value }]
    case 'link':
      return [{ type: 'link', href: safeHref(node.url), children: inlines(node.children) }]
    case 'linkReference':
      return inlines(node.children)
    case 'image':
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : []
    case 'break':
      return [{ type: 'break' }]
    case 'html':
      return [{ type: 'text', value: node.value }]
    case 'footnoteReference':
      return [{ type: 'text', value: `[^${node.identifier}]` }]
    default:
      return []
  }
}

/** Finds citations `[@a; @b]` and placeholders `{{cluster.name}}` inside plain text. */
function splitSpecials(value: string): Inline[] {
  const pattern = new RegExp(`${CITATION.source}|${PLACEHOLDER.source}`, 'g')
  const out: Inline[] = []
  let last = 0
  for (const match of value.matchAll(pattern)) {
    const at = match.index ?? 0
    if (at > last) out.push({ type: 'text', value: value.slice(last, at) })
    if (match[1] !== undefined) out.push({ type: 'citation', ids: citationIds(match[1]) })
    else if (match[2] !== undefined) out.push({ type: 'placeholder', key: match[2] })
    last = at + match[0].length
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) })
  return out
}
