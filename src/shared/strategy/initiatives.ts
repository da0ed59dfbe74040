import { PILLARS, type Pillar } from '../pillars'
import type { Workspace } from '../workspace/schema'
import type { Initiative } from './schema'

export type InitiativeCoverage = { initiative: Initiative; pillars: Set<Pillar>; missing: Pillar[]; unknownMembers: number }

/** Which pillars each initiative involves through its lead and partners, and which it lacks. */
export function initiativeCoverage(initiatives: readonly Initiative[], members: Workspace['members']): InitiativeCoverage[] {
  const byId = new Map(members.map((member) => [member.id, member]))
  return initiatives.map((initiative) => {
    const ids = [initiative.leadId, ...initiative.partnerIds].filter((id): id is string => id !== null)
    const pillars = new Set<Pillar>()
    let unknownMembers = 0
    for (const id of ids) {
      const member = byId.get(id)
      if (!member) unknownMembers += 1
      else if (member.pillar !== 'unassigned') pillars.add(member.pillar)
    }
    return { initiative, pillars, missing: PILLARS.filter((pillar) => !pillars.has(pillar)), unknownMembers }
  })
}
