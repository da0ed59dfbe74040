import type { Placement } from '../pillars'
import { MAX_NOTES_LENGTH, MAX_TAGS, type Member, type MemberStage } from '../workspace/member'

/** Up to this many ids, looking each member up in the list beats building and hashing a Set. */
const FEW_IDS = 8

/**
 * Moves `ids` (in their current order) into lane `to`, before the member `beforeId` (which must
 * be in that lane) or at the end of the lane. One operation serves both dragging between pillars
 * and reordering within one. A lane's order is the order of its members in the array.
 */
export function moveMembers(members: readonly Member[], ids: readonly string[], to: Placement, beforeId: string | null): Member[] {
  // A drop runs this over every member while the user waits for the card to land. A drop usually
  // moves one card, so ids are compared directly: a Set would hash every member's id, and ids that
  // arrived over IPC are hashed on their first lookup. One pass and native copies, not filters and
  // spreads, for the same reason (figures in docs/performance.md, pillar map).
  const moving = ids.length > FEW_IDS ? new Set(ids) : null
  const picked: Member[] = []
  const pickedAt: number[] = []
  // Positions count the members that stay: where the moved ones go in the list without them.
  let kept = 0
  let before = -1
  let lastInLane = -1
  for (let index = 0; index < members.length; index += 1) {
    const member = members[index]!
    if (moving ? moving.has(member.id) : ids.includes(member.id)) {
      picked.push(member.pillar === to ? member : { ...member, pillar: to })
      pickedAt.push(index)
      continue
    }
    if (member.pillar === to) {
      lastInLane = kept
      if (before === -1 && member.id === beforeId) before = kept
    }
    kept += 1
  }
  if (picked.length === 0) return members as Member[]
  // Before `beforeId`; else after the lane's last member; else (an empty lane) at the very end.
  const at = before !== -1 ? before : lastInLane !== -1 ? lastInLane + 1 : kept
  if (picked.length <= FEW_IDS) {
    // One copy, edited in place by native moves: the slices and joins below allocate four arrays
    // as long as the list, and a drop's garbage is what the next collection pauses for.
    const moved = members.slice()
    for (let index = pickedAt.length - 1; index >= 0; index -= 1) moved.splice(pickedAt[index]!, 1)
    moved.splice(at, 0, ...picked)
    return moved
  }
  const stayRuns: Member[][] = []
  let runStart = 0
  for (const index of pickedAt) {
    stayRuns.push(members.slice(runStart, index))
    runStart = index + 1
  }
  stayRuns.push(members.slice(runStart))
  const stay = stayRuns.flat()
  return stay.slice(0, at).concat(picked, stay.slice(at))
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
    filled.tags = [...new Set([...filled.tags, ...other.tags])].slice(0, MAX_TAGS)
    filled.notes = [filled.notes, other.notes].filter(Boolean).join('\n\n').slice(0, MAX_NOTES_LENGTH)
    return filled
  }, keep)
  const dropped = new Set(others.map((member) => member.id))
  return members.filter((member) => !dropped.has(member.id)).map((member) => (member.id === keepId ? merged : member))
}

export type BulkEdit = { ids: readonly string[]; pillar?: Placement | undefined; stage?: MemberStage | undefined; addTags: readonly string[]; removeTags: readonly string[] }

/** The same pillar, stage or tag change for every selected member (tags compared without case). */
export function editMembers(members: readonly Member[], edit: BulkEdit): Member[] {
  const selected = new Set(edit.ids)
  const removing = new Set(edit.removeTags.map((tag) => tag.toLowerCase()))
  let changed = false
  const result = members.map((member) => {
    if (!selected.has(member.id)) return member
    const kept = member.tags.filter((tag) => !removing.has(tag.toLowerCase()))
    const have = new Set(kept.map((tag) => tag.toLowerCase()))
    const tags = [...kept, ...edit.addTags.filter((tag) => !have.has(tag.toLowerCase()) && (have.add(tag.toLowerCase()), true))].slice(0, MAX_TAGS)
    const next = { ...member, pillar: edit.pillar ?? member.pillar, stage: edit.stage ?? member.stage, tags }
    if (next.pillar === member.pillar && next.stage === member.stage && tags.join('\u0000') === member.tags.join('\u0000')) return member
    changed = true
    return next
  })
  return changed ? result : (members as Member[])
}
