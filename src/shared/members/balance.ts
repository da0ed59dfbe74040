import { PILLAR_INFO, PILLARS, type Pillar } from '../pillars'
import { SIZE_LABELS, type Member, type MemberSize } from '../workspace/member'

export type PillarBalance = { pillar: Pillar; label: string; all: number; committed: number; supporting: number }
export type ReadinessCheck = { id: string; label: string; met: boolean; detail: string }
export type Balance = {
  pillars: PillarBalance[]
  unassigned: number
  smeAndStartupShare: number | null
  gaps: string[]
  checks: ReadinessCheck[]
}

export const READINESS = { committedMembers: 15, memberTypes: 2 } as const

const isSmall = (size: MemberSize) => size === 'sme' || size === 'startup'
/** "Public body" → "public body", but "SME" stays "SME". */
const lowerFirst = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1))

/**
 * Where the map is thin, in plain words: counts per pillar, the share of small firms, gaps
 * ("No investors yet"), and the readiness checks a founding team is usually asked about.
 */
export function analyzeBalance(members: readonly Member[]): Balance {
  // One pass that counts: the map works this out again after every move and edit, over lists of
  // 10,000 members, and the filters this replaced walked the list ten times and allocated an
  // array as long as it on each walk.
  const counts = Object.fromEntries(PILLARS.map((pillar) => [pillar, { all: 0, committed: 0, supporting: 0 }])) as Record<Pillar, Omit<PillarBalance, 'pillar' | 'label'>>
  let unassigned = 0
  let committed = 0
  let sized = 0
  let small = 0
  // Sizes of committed members, in the members' order (the detail names them in that order).
  const types = new Set<Exclude<MemberSize, 'unknown'>>()
  for (const member of members) {
    const isCommitted = member.stage === 'committed'
    if (isCommitted) {
      committed += 1
      if (member.size !== 'unknown') types.add(member.size)
    }
    if (member.pillar === 'unassigned') {
      unassigned += 1
      continue
    }
    const pillar = counts[member.pillar]
    pillar.all += 1
    if (isCommitted) pillar.committed += 1
    if (isCommitted || member.stage === 'letter-of-support') pillar.supporting += 1
    if (member.size !== 'unknown') {
      sized += 1
      if (isSmall(member.size)) small += 1
    }
  }
  const pillars = PILLARS.map((pillar) => ({ pillar, label: PILLAR_INFO[pillar].label, ...counts[pillar] }))
  const smeAndStartupShare = sized ? small / sized : null

  const gaps: string[] = []
  for (const { label, all, committed, supporting } of pillars) {
    if (all === 0) gaps.push(`No ${label.toLowerCase()} yet.`)
    else if (supporting === 0) gaps.push(`${label} has only ${all === 1 ? 'a prospect or a member in talks' : 'prospects and members in talks'}.`)
    else if (committed === 0) gaps.push(`${label} has no committed member yet.`)
  }
  if (unassigned > 0) gaps.push(`${unassigned} ${unassigned === 1 ? 'member is' : 'members are'} not yet placed on a pillar.`)

  const missingPillars = pillars.filter((entry) => entry.committed === 0).map((entry) => entry.label)
  const checks: ReadinessCheck[] = [
    {
      id: 'committed',
      label: `At least ${READINESS.committedMembers} committed members`,
      met: committed >= READINESS.committedMembers,
      detail:
        committed >= READINESS.committedMembers
          ? `${committed} committed members.`
          : `${committed} committed so far; ${READINESS.committedMembers - committed} more needed.`
    },
    {
      id: 'types',
      label: `At least ${READINESS.memberTypes} types of member`,
      met: types.size >= READINESS.memberTypes,
      detail: types.size
        ? `Committed members include ${[...types].map((size) => lowerFirst(SIZE_LABELS[size])).join(', ')}.${types.size < READINESS.memberTypes ? ' Add another type, or record the size of each member.' : ''}`
        : 'No committed member has a type (size) recorded yet.'
    },
    {
      id: 'pillars',
      label: 'All five pillars represented',
      met: missingPillars.length === 0,
      detail: missingPillars.length ? `No committed member yet from: ${missingPillars.join(', ')}.` : 'Every pillar has a committed member.'
    }
  ]
  return { pillars, unassigned, smeAndStartupShare, gaps, checks }
}
