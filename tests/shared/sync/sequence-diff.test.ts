import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { longestIncreasing, rewriteOrder, spliceText } from '../../../src/shared/sync/sequence-diff'

const arrayOf = (ids: string[]) => {
  const doc = new Y.Doc()
  const order = doc.getArray<string>('order')
  order.push(ids)
  return order
}

describe('rewriteOrder', () => {
  it('reaches the wanted order, dropping duplicates and ids no longer wanted', () => {
    const order = arrayOf(['a', 'b', 'a', 'c', 'x', 'd'])
    rewriteOrder(order, ['d', 'a', 'c', 'e', 'b'])
    expect(order.toArray()).toEqual(['d', 'a', 'c', 'e', 'b'])
  })

  it('touches only the moved id when one member moves', () => {
    const order = arrayOf(['a', 'b', 'c', 'd', 'e'])
    let deleted = 0
    order.observe((event) => (deleted += event.changes.delta.reduce((sum, part) => sum + (part.delete ?? 0), 0)))
    rewriteOrder(order, ['a', 'e', 'b', 'c', 'd'])
    expect(order.toArray()).toEqual(['a', 'e', 'b', 'c', 'd'])
    expect(deleted).toBe(1)
  })

  it('finds a longest increasing run', () => {
    expect(longestIncreasing([3, 1, 2, 5, 4, 6])).toEqual([1, 2, 4, 6])
    expect(longestIncreasing([])).toEqual([])
  })
})

describe('spliceText', () => {
  it('edits only between the common ends and never splits an emoji', () => {
    const text = new Y.Doc().getText('t')
    text.insert(0, 'Ship 🚢 ahoy')
    spliceText(text, 'Ship 🛳 ahoy')
    expect(text.toString()).toBe('Ship 🛳 ahoy')
    spliceText(text, 'Ship 🛳 ahoy, Bergen')
    expect(text.toString()).toBe('Ship 🛳 ahoy, Bergen')
    spliceText(text, '')
    expect(text.toString()).toBe('')
  })
})
