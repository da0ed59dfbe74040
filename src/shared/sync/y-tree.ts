import * as Y from 'yjs'
import { fieldShape, type Shape } from './layout'

/**
 * Plain JSON ⇄ Yjs types, following a `Shape` (see layout.ts). Reading never throws on a
 * document of the wrong shape (a hostile or newer peer may send one): whatever is found is
 * returned as it is, and the workspace schema then refuses it.
 */
type Plain = Record<string, unknown>

export const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType)

/** A fresh Yjs value for `value`, to put into a map. */
export function encode(shape: Shape, value: unknown): unknown {
  switch (shape.kind) {
    case 'text':
      return typeof value === 'string' ? new Y.Text(value) : value
    case 'object':
    case 'record': {
      if (!isPlainObject(value)) return value
      const map = new Y.Map<unknown>()
      for (const [key, field] of Object.entries(value)) {
        if (field !== undefined) map.set(key, encode(shape.kind === 'object' ? fieldShape(shape, key) : shape.entry, field))
      }
      return map
    }
    case 'list': {
      if (!Array.isArray(value) || !value.every(hasId)) return value
      const items = new Y.Map<unknown>()
      for (const item of value) items.set(item.id, encode(shape.item, item))
      const order = new Y.Array<string>()
      order.push(value.map((item) => item.id))
      return new Y.Map<unknown>([['items', items], ['order', order]])
    }
    case 'value':
      return value
  }
}

export const hasId = (value: unknown): value is { id: string } => isPlainObject(value) && typeof value.id === 'string'

/** Keys in one order on every replica (a Y.Map's own order depends on when updates arrived). */
const sortedEntries = (map: Y.Map<unknown>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** The plain JSON a Yjs value stands for. */
export function project(shape: Shape, value: unknown): unknown {
  if (shape.kind === 'text' && value instanceof Y.Text) return value.toString()
  if ((shape.kind === 'object' || shape.kind === 'record') && value instanceof Y.Map) {
    const out: Plain = {}
    for (const [key, field] of sortedEntries(value)) {
      out[key] = project(shape.kind === 'object' ? fieldShape(shape, key) : shape.entry, field)
    }
    return out
  }
  if (shape.kind === 'list' && value instanceof Y.Map) return projectList(shape.item, value)
  return value instanceof Y.AbstractType ? value.toJSON() : value
}

/** The ids of a list in their order; see `projectList`. */
export function listIds(list: Y.Map<unknown>): string[] {
  const items = list.get('items')
  const order = list.get('order')
  if (!(items instanceof Y.Map)) return []
  const seen = new Set<string>()
  if (order instanceof Y.Array) {
    for (const id of order.toArray()) if (typeof id === 'string' && items.has(id)) seen.add(id)
  }
  // Items whose place was lost (two replicas tidied the same duplicates) go last, by id.
  const placeless = [...items.keys()].filter((id) => !seen.has(id)).sort()
  return [...seen, ...placeless]
}

/**
 * A list's items in order. Two people moving the same item at once leave its id twice in the
 * order; the first place counts. An id whose item was deleted is skipped: deletion wins.
 */
function projectList(item: Shape, list: Y.Map<unknown>): unknown[] {
  const items = list.get('items') as Y.Map<unknown> | undefined
  return listIds(list).map((id) => project(item, items!.get(id)))
}
