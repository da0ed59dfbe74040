import type { Placement } from '../pillars'
import type { Member } from '../workspace/member'

/**
 * Moves `ids` (in their current order) into lane `to`, before the member `beforeId` (which must
 * be in that lane) or at the end of the lane. One operation serves both dragging between pillars
 * and reordering within one. A lane's order is the order of its members in the array.
 */
export function moveMembers(members: readonly Member[], ids: readonly string[], to: Placement, beforeId: string | null): Member[] {
  const moving = new Set(ids)
  const picked = members.filter((member) => moving.has(member.id)).map((member) => (member.pillar === to ? member : { ...member, pillar: to }))
  if (picked.length === 0) return members as Member[]
  const rest = members.filter((member) => !moving.has(member.id))
  let at = beforeId === null || moving.has(beforeId) ? -1 : rest.findIndex((member) => member.id === beforeId && member.pillar === to)
  if (at === -1) {
    // At the end of the lane: after its last member, or (for an empty lane) at the very end.
    const lastInLane = rest.reduce((last, member, index) => (member.pillar === to ? index : last), -1)
    at = lastInLane === -1 ? rest.length : lastInLane + 1
  }
  return [...rest.slice(0, at), ...picked, ...rest.slice(at)]
}

/** Keeps `keepId` and folds the others into it: empty fields filled, tags and notes combined. */
export function mergeMembers(members: readonly Member[], keepId: string, mergeIds: readonly string[]): Member[] {
  const keep = members.find((member) => member.id === keepId)
  const others = members.filter((member) => mergeIds.includes(member.id) && member.id !== keepId)
  if (!keep || others.length === 0) return members as Member[]
  const merged = others.reduce<Member>((result, other) => {
    const filled = { ...result }
    for (const key of ['sector', 'city', 'region', 'website', 'contactName', 'contactEmail'] as const) {
      if (!filled[key] && other[key]) filled[key] = other[key]
    }
    if (filled.size === 'unknown') filled.size = other.size
    filled.tags = [...new Set([...filled.tags, ...other.tags])].slice(0, 30)
    filled.notes = [filled.notes, other.notes].filter(Boolean).join('\n\n').slice(0, 10_000)
    return filled
  }, keep)
  const dropped = new Set(others.map((member) => member.id))
  return members.filter((member) => !dropped.has(member.id)).map((member) => (member.id === keepId ? merged : member))
}
