import type { Block } from '../document/model'
import { forEachInline } from './inline-walk'
import type { LibraryItem } from '../library/schema'

/** Library item ids cited in a document, in order of first appearance. */
export function citedIds(blocks: readonly Block[], into: string[] = []): string[] {
  forEachInline(blocks, (node) => {
    if (node.type === 'citation') for (const id of node.ids) if (!into.includes(id)) into.push(id)
  })
  return into
}

export type Reference = { number: number; id: string; item: LibraryItem | null }

/** Numbered references for a whole document (all sections in order) and its bibliography. */
export function numberReferences(documents: readonly (readonly Block[])[], items: readonly LibraryItem[]): Reference[] {
  const ids: string[] = []
  for (const blocks of documents) citedIds(blocks, ids)
  return ids.map((id, index) => ({ number: index + 1, id, item: items.find((item) => item.id === id) ?? null }))
}

/** One bibliography line: "Porter, M. E. (1998). Title. Organisation." in a plain style. */
export function formatReference(reference: Reference): string {
  const item = reference.item
  if (!item) return `Unknown library entry "${reference.id}" (it may have been removed).`
  const who = item.authors.length ? item.authors.join(', ') : item.organisation ?? ''
  const year = item.year !== null ? ` (${item.year})` : ''
  const publisher = item.organisation && item.authors.length ? ` ${item.organisation}.` : ''
  const link = item.links[0] ? ` ${item.links[0].url}` : ''
  return `${who}${year}. ${item.title}.${publisher}${link}`.trim()
}
