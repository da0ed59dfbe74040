/**
 * React keys for a lane's cards in view, chosen so that cards' elements are reused.
 *
 * Keyed by member id, a filter that changes the cards in view (a first keystroke changes all ~80)
 * made React remove every card and build new ones: new elements, new text, a new layout. Here a
 * member already in view keeps its key, so its card stays the same element (moved if need be),
 * and a member coming into view takes the key of one that left, so React gives that element the
 * new member's text instead of building another. The same holds for a lane scrolled by a card.
 *
 * A pinned member (the card with the keyboard focus or under a drag) that leaves the view does not
 * give its key away: its element is removed, as it would be keyed by id, rather than become
 * another member's card under the focus or the pointer. Its key is not reused in this render either.
 *
 * Pure: the same keys drawn last time and the same members give the same keys, however often React renders.
 *
 * @param drawn each member's key from the last render that reached the page, in the order drawn
 * @param ids the members in view now, in order
 * @returns each member's key, for every id in `ids`
 */
export function slotKeys(drawn: ReadonlyMap<string, string>, ids: readonly string[], pinned: (id: string) => boolean): Map<string, string> {
  const staying = new Set(ids.filter((id) => drawn.has(id)))
  const free: string[] = []
  for (const [id, key] of drawn) if (!staying.has(id) && !pinned(id)) free.push(key)
  // A new key must differ from every key drawn: one of them may belong to a pinned card on its way out.
  const taken = new Set(drawn.values())
  const keys = new Map<string, string>() // in view order: the next render's free keys go in that order
  let next = 0
  for (const id of ids) {
    const key = drawn.get(id) ?? (next < free.length ? free[next++]! : unusedKey(id, taken))
    taken.add(key)
    keys.set(id, key)
  }
  return keys
}

/** The member's id, or the id with a count after it if that key is taken (another member's card may have it). */
function unusedKey(id: string, taken: ReadonlySet<string>): string {
  let key = id
  for (let n = 2; taken.has(key); n += 1) key = `${id}~${n}`
  return key
}
