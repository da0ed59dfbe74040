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

/** Members that look like `candidate`: same normalised name or the same website domain. */
export function findSimilar(candidate: Pick<Member, 'name' | 'website'>, members: readonly Member[], exceptId?: string) {
  const name = normalizeName(candidate.name)
  const domain = websiteDomain(candidate.website)
  return members.flatMap((member) => {
    if (member.id === exceptId) return []
    if (name && normalizeName(member.name) === name) return [{ member, reason: 'same name' as DuplicateReason }]
    if (domain && websiteDomain(member.website) === domain) return [{ member, reason: 'same website' as DuplicateReason }]
    return []
  })
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
  existing: readonly Member[],
  importDuplicates: boolean
): { members: Member[]; duplicates: DuplicateRow[] } {
  const known = [...existing]
  const members: Member[] = []
  const duplicates: DuplicateRow[] = []
  for (const { row, member } of accepted) {
    const similar = findSimilar(member, known)[0]
    if (similar) duplicates.push({ row, name: member.name, matches: similar.member.name, reason: similar.reason })
    if (!similar || importDuplicates) members.push(member)
    known.push(member)
  }
  return { members, duplicates }
}
