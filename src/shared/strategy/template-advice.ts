import { analyzeBalance, READINESS } from '../members/balance'
import type { Workspace } from '../workspace/schema'
import type { StrategyTemplate } from './template'

export type ClusterStage = 'forming' | 'established'

/**
 * Still forming while it has fewer committed members than a cluster is expected to have, or a
 * pillar without one: the moment the recognised guides write a founding strategy for.
 */
export function clusterStage(workspace: Workspace): ClusterStage {
  const balance = analyzeBalance(workspace.members)
  const committed = balance.pillars.reduce((sum, pillar) => sum + pillar.committed, 0)
  const everyPillar = balance.pillars.every((pillar) => pillar.committed > 0)
  return committed >= READINESS.committedMembers && everyPillar ? 'established' : 'forming'
}

/**
 * What a team at each stage needs first. Forming: the founding strategy, then the business case
 * that wins the money to start, then the long-range chain of goals. Established: the long-range
 * strategy and the yearly plans and report a funded cluster owes its members and funders.
 */
const ORDER: Record<ClusterStage, readonly string[]> = {
  forming: ['founding-strategy', 'coast-business-case', 'maritime-blue-style', 'digital-supercluster-corporate-plan', 'ocean-supercluster-corporate-plan', 'annual-report'],
  established: ['maritime-blue-style', 'ocean-supercluster-corporate-plan', 'digital-supercluster-corporate-plan', 'annual-report', 'founding-strategy', 'coast-business-case']
}

const REASON: Record<ClusterStage, string> = {
  forming:
    `Your cluster is still forming (fewer than ${READINESS.committedMembers} committed members, or a pillar without one). A founding strategy sets out the vision, the members and pillars and how the cluster will be run: what partners and funders ask a new cluster for first.`,
  established:
    'Your cluster has committed members on every pillar. A multi-year strategy with goals and initiatives is what a cluster at this stage is asked for.'
}

export type TemplateAdvice = { stage: ClusterStage; recommendedId: string | null; reason: string; ordered: StrategyTemplate[] }

/** The templates in the order a team at this stage needs them, and the one to start with. */
export function adviseTemplates(templates: readonly StrategyTemplate[], workspace: Workspace): TemplateAdvice {
  const stage = clusterStage(workspace)
  const rank = (id: string) => {
    const at = ORDER[stage].indexOf(id)
    return at === -1 ? ORDER[stage].length : at
  }
  // Stable: templates this list does not know keep their own order, after the known ones.
  const ordered = templates.map((template, index) => ({ template, index })).sort((a, b) => rank(a.template.id) - rank(b.template.id) || a.index - b.index).map(({ template }) => template)
  const recommended = ordered[0] && rank(ordered[0].id) === 0 ? ordered[0].id : null
  return { stage, recommendedId: recommended, reason: REASON[stage], ordered }
}
