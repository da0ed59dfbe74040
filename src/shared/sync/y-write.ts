import * as Y from 'yjs'
import { fieldShape, type Shape } from './layout'
import { rewriteOrder, spliceText } from './sequence-diff'
import { encode, hasId, isPlainObject } from './y-tree'

/**
 * Writes the difference between two plain versions of a value into the Yjs value that holds
 * `before`. Parts of `after` that are the very same objects as in `before` are skipped (commands
 * replace only what they change), so a change to one member of 10,000 writes one member.
 */
export function writeField(map: Y.Map<unknown>, key: string, shape: Shape, before: unknown, after: unknown): void {
  if (after === undefined) {
    if (map.has(key)) map.delete(key)
    return
  }
  if (before === after && map.has(key)) return
  const current = map.get(key)
  if (shape.kind === 'text' && current instanceof Y.Text && typeof after === 'string') return spliceText(current, after)
  if ((shape.kind === 'object' || shape.kind === 'record') && current instanceof Y.Map && isPlainObject(after)) {
    return writeMap(current, shape, isPlainObject(before) ? before : {}, after)
  }
  if (shape.kind === 'list' && current instanceof Y.Map && Array.isArray(after) && after.every(hasId)) {
    return writeList(current, shape.item, Array.isArray(before) ? before : [], after)
  }
  if (shape.kind === 'value' && !(current instanceof Y.AbstractType) && sameJson(current, after)) return
  map.set(key, encode(shape, after))
}

function writeMap(map: Y.Map<unknown>, shape: Extract<Shape, { kind: 'object' | 'record' }>, before: Record<string, unknown>, after: Record<string, unknown>) {
  for (const key of [...map.keys()]) if (!Object.hasOwn(after, key) || after[key] === undefined) map.delete(key)
  for (const [key, value] of Object.entries(after)) {
    writeField(map, key, shape.kind === 'object' ? fieldShape(shape, key) : shape.entry, Object.hasOwn(before, key) ? before[key] : undefined, value)
  }
}

function writeList(list: Y.Map<unknown>, item: Shape, before: readonly unknown[], after: readonly { id: string }[]) {
  let items = list.get('items')
  if (!(items instanceof Y.Map)) list.set('items', (items = new Y.Map<unknown>()))
  let order = list.get('order')
  if (!(order instanceof Y.Array)) list.set('order', (order = new Y.Array<string>()))
  const itemMap = items as Y.Map<unknown>
  const previous = new Map(before.filter(hasId).map((entry) => [entry.id, entry]))
  const wanted = new Set(after.map((entry) => entry.id))
  for (const id of [...itemMap.keys()]) if (!wanted.has(id)) itemMap.delete(id)
  for (const entry of after) writeField(itemMap, entry.id, item, previous.get(entry.id), entry)
  const beforeIds = [...previous.keys()]
  if (beforeIds.length !== after.length || after.some((entry, index) => entry.id !== beforeIds[index])) {
    rewriteOrder(order as Y.Array<string>, after.map((entry) => entry.id))
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}
