import { foldText } from '../fold-text'
import type { Member } from '../workspace/member'

/** Company-form words that do not tell two organisations apart. */
const LEGAL_FORMS = new Set(['as', 'asa', 'ab', 'ag', 'aps', 'bv', 'co', 'corp', 'corporation', 'ev', 'gmbh', 'inc', 'kg', 'llc', 'llp', 'ltd', 'limited', 'nv', 'oo', 'oy', 'plc', 'sa', 'sas', 'sarl', 'sp', 'spa', 'srl', 'the', 'z'])

/** "Skarvik Shipping AS" and "skarvik shipping" compare equal; so do "Société X" and "Societe X". */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/[./]/g, '') // "S.A.", "A/S", "Sp. z o.o." become words: sa, as, sp z oo
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && !LEGAL_FORMS.has(word))
    .join(' ')
}

/** "https://www.Example.org/about" → "example.org"; empty when there is no usable address. */
export function websiteDomain(website: string): string {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?([^/?#:\s]+)/i.exec(website.trim())
  const host = match?.[1]?.toLowerCase() ?? ''
  return host.includes('.') ? host : ''
}

export type DuplicateReason = 'same name' | 'same website'

/** What the duplicate check needs of a member. */
export type Comparable = Pick<Member, 'id' | 'name' | 'website'>
export type Similar<M extends Comparable = Member> = { member: M; reason: DuplicateReason }

/**
 * Members by normalised name and by website domain, so that "who looks like this?" is a map
 * lookup instead of normalising every member's name again for every question.
 */
export function createSimilarityIndex<M extends Comparable>(members: readonly M[]) {
  const byName = new Map<string, M[]>()
  const byDomain = new Map<string, M[]>()
  const put = (map: Map<string, M[]>, key: string, member: M) => {
    if (!key) return
    const list = map.get(key)
    if (list) list.push(member)
    else map.set(key, [member])
  }
  const add = (member: M) => {
    put(byName, normalizeName(member.name), member)
    put(byDomain, websiteDomain(member.website), member)
  }
  for (const member of members) add(member)
  return {
    add,
    /** Same normalised name first, then the same website domain; each member once. */
    find(candidate: Pick<Member, 'name' | 'website'>, exceptId?: string): Similar<M>[] {
      const name = normalizeName(candidate.name)
      const domain = websiteDomain(candidate.website)
      const found = new Map<string, Similar<M>>()
      for (const member of (name && byName.get(name)) || []) if (member.id !== exceptId) found.set(member.id, { member, reason: 'same name' })
      for (const member of (domain && byDomain.get(domain)) || []) if (member.id !== exceptId && !found.has(member.id)) found.set(member.id, { member, reason: 'same website' })
      return [...found.values()]
    }
  }
}
export type SimilarityIndex<M extends Comparable = Member> = ReturnType<typeof createSimilarityIndex<M>>

const indexes = new WeakMap<readonly Member[], SimilarityIndex<Member>>()

/** The index of a member list, built once per list (the add-member form asks on every keystroke). */
export function similarityIndexFor(members: readonly Member[]): SimilarityIndex<Member> {
  let index = indexes.get(members)
  if (!index) indexes.set(members, (index = createSimilarityIndex(members)))
  return index
}

/** Members that look like `candidate`: same normalised name or the same website domain. */
export function findSimilar(candidate: Pick<Member, 'name' | 'website'>, members: readonly Member[], exceptId?: string): Similar[] {
  return createSimilarityIndex(members).find(candidate, exceptId)
}

/** Groups of two or more members that look like the same organisation, for the review list. */
export function duplicateGroups(members: readonly Member[]): Member[][] {
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    const up = parent.get(id) ?? id
    return up === id ? id : find(up)
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  const byKey = new Map<string, string>()
  for (const member of members) {
    for (const key of [`n:${normalizeName(member.name)}`, `d:${websiteDomain(member.website)}`]) {
      if (key === 'n:' || key === 'd:') continue
      const seen = byKey.get(key)
      if (seen) union(member.id, seen)
      else byKey.set(key, member.id)
    }
  }
  const groups = new Map<string, Member[]>()
  for (const member of members) {
    const root = find(member.id)
    groups.set(root, [...(groups.get(root) ?? []), member])
  }
  return [...groups.values()].filter((group) => group.length > 1)
}

export type DuplicateRow = { row: number; name: string; matches: string; reason: DuplicateReason }

/**
 * Splits accepted import rows into new members and likely duplicates (of existing members, or
 * of an earlier row of the same file). Duplicates are imported too only if the user says so.
 */
export function planImport(
  accepted: readonly { row: number; member: Member }[],
  existing: readonly Comparable[],
  importDuplicates: boolean,
  onRow?: (index: number) => void
): { members: Member[]; duplicates: DuplicateRow[] } {
  const index = createSimilarityIndex<Comparable>(existing)
  const members: Member[] = []
  const duplicates: DuplicateRow[] = []
  accepted.forEach(({ row, member }, at) => {
    onRow?.(at)
    const similar = index.find(member)[0]
    if (similar) duplicates.push({ row, name: member.name, matches: similar.member.name, reason: similar.reason })
    if (!similar || importDuplicates) members.push(member)
    index.add(member)
  })
  return { members, duplicates }
}
