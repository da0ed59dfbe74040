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
  const pillars = PILLARS.map((pillar) => {
    const on = members.filter((member) => member.pillar === pillar)
    return {
      pillar,
      label: PILLAR_INFO[pillar].label,
      all: on.length,
      committed: on.filter((member) => member.stage === 'committed').length,
      supporting: on.filter((member) => member.stage === 'committed' || member.stage === 'letter-of-support').length
    }
  })
  const placed = members.filter((member) => member.pillar !== 'unassigned')
  const known = placed.filter((member) => member.size !== 'unknown')
  const smeAndStartupShare = known.length ? known.filter((member) => isSmall(member.size)).length / known.length : null

  const gaps: string[] = []
  for (const { label, all, committed, supporting } of pillars) {
    if (all === 0) gaps.push(`No ${label.toLowerCase()} yet.`)
    else if (supporting === 0) gaps.push(`${label} has only ${all === 1 ? 'a prospect or a member in talks' : 'prospects and members in talks'}.`)
    else if (committed === 0) gaps.push(`${label} has no committed member yet.`)
  }
  const unassigned = members.length - placed.length
  if (unassigned > 0) gaps.push(`${unassigned} ${unassigned === 1 ? 'member is' : 'members are'} not yet placed on a pillar.`)

  const committed = members.filter((member) => member.stage === 'committed')
  const types = new Set(committed.map((member) => member.size).filter((size) => size !== 'unknown'))
  const missingPillars = pillars.filter((entry) => entry.committed === 0).map((entry) => entry.label)
  const checks: ReadinessCheck[] = [
    {
      id: 'committed',
      label: `At least ${READINESS.committedMembers} committed members`,
      met: committed.length >= READINESS.committedMembers,
      detail:
        committed.length >= READINESS.committedMembers
          ? `${committed.length} committed members.`
          : `${committed.length} committed so far; ${READINESS.committedMembers - committed.length} more needed.`
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
