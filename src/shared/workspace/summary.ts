import { PLACEMENTS, type Placement } from '../pillars'
import type { Workspace } from './schema'

export type PillarCount = { all: number; committed: number }
export type WorkspaceSummary = {
  name: string
  schemaVersion: number
  example: boolean
  members: number
  perPillar: Record<Placement, PillarCount>
}

/** Member counts per pillar: what `cli info` prints and the overview shows. */
export function summarizeWorkspace(workspace: Workspace): WorkspaceSummary {
  const perPillar = Object.fromEntries(
    PLACEMENTS.map((placement) => [placement, { all: 0, committed: 0 }])
  ) as Record<Placement, PillarCount>
  for (const member of workspace.members) {
    const count = perPillar[member.pillar]
    count.all += 1
    if (member.stage === 'committed') count.committed += 1
  }
  return {
    name: workspace.cluster.name,
    schemaVersion: workspace.schemaVersion,
    example: workspace.cluster.example,
    members: workspace.members.length,
    perPillar
  }
}
