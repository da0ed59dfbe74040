import type * as Y from 'yjs'

/**
 * Makes a Y.Array of ids read `wanted`, touching only the ids that moved: the ids already in the
 * right relative order (a longest increasing run, O(n log n)) stay where they are, the rest are
 * deleted and inserted at their new place. Two people moving different members in one lane
 * therefore both land; duplicates and ids no longer wanted are removed.
 */
export function rewriteOrder(order: Y.Array<string>, wanted: readonly string[]): void {
  const current = order.toArray()
  const firstAt = new Map<string, number>()
  current.forEach((id, index) => {
    if (!firstAt.has(id)) firstAt.set(id, index)
  })
  const positions = wanted.filter((id) => firstAt.has(id)).map((id) => firstAt.get(id)!)
  const kept = new Set(longestIncreasing(positions))

  for (let end = current.length; end > 0; ) {
    if (kept.has(end - 1)) {
      end -= 1
      continue
    }
    let start = end - 1
    while (start > 0 && !kept.has(start - 1)) start -= 1
    order.delete(start, end - start)
    end = start
  }

  const keptIds = new Set([...kept].map((index) => current[index]!))
  let at = 0
  let pending: string[] = []
  const flush = () => {
    if (pending.length) order.insert(at, pending)
    at += pending.length
    pending = []
  }
  for (const id of wanted) {
    if (keptIds.has(id)) {
      flush()
      at += 1
    } else {
      pending.push(id)
    }
  }
  flush()
}

/** The values of a longest strictly increasing subsequence of `values`. */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [] // index into values of the smallest tail of each run length
  const previous = new Array<number>(values.length).fill(-1)
  values.forEach((value, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (values[tails[mid]!]! < value) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[index] = tails[low - 1]!
    tails[low] = index
  })
  const out: number[] = []
  for (let index = tails.length ? tails[tails.length - 1]! : -1; index !== -1; index = previous[index]!) out.push(values[index]!)
  return out.reverse()
}

/** Changes a Y.Text to read `next` by one deletion and one insertion between the common ends. */
export function spliceText(text: Y.Text, next: string): void {
  const current = text.toString()
  if (current === next) return
  let start = 0
  const shorter = Math.min(current.length, next.length)
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start += 1
  let end = 0
  while (end < shorter - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end += 1
  // Never split a surrogate pair: an emoji is one edit, not two halves.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end -= 1
  const removed = current.length - start - end
  if (removed > 0) text.delete(start, removed)
  const inserted = next.slice(start, next.length - end)
  if (inserted) text.insert(start, inserted)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
