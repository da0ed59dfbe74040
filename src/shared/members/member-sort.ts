import { PLACEMENTS } from '../pillars'
import { MEMBER_ROLES, MEMBER_STAGES, type Member } from '../workspace/member'

export const SORT_COLUMNS = ['name', 'pillar', 'role', 'stage', 'sector', 'city'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SortOrder = { column: SortColumn; descending: boolean }

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
/** Pillars, roles and stages sort in their own order (the map's lanes, the commitment ladder), not alphabetically. */
const RANKS: Partial<Record<SortColumn, readonly string[]>> = { pillar: PLACEMENTS, role: MEMBER_ROLES, stage: MEMBER_STAGES }

/** A sorted copy; equal values keep the list's order, empty text sorts last. */
export function sortMembers(members: readonly Member[], order: SortOrder): Member[] {
  const direction = order.descending ? -1 : 1
  const ranks = RANKS[order.column]
  const key = (member: Member) => member[order.column]
  const compare = ranks
    ? (a: Member, b: Member) => ranks.indexOf(key(a)) - ranks.indexOf(key(b))
    : (a: Member, b: Member) => {
        const [x, y] = [key(a), key(b)]
        if (!x || !y) return x ? -direction : y ? direction : 0
        return collator.compare(x, y)
      }
  return [...members].sort((a, b) => direction * compare(a, b))
}
