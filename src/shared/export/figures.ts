import { PILLARS, placementLabel, type Placement } from '../pillars'
import type { Target } from '../strategy/schema'
import { MEMBER_STAGES, STAGE_LABELS, type MemberStage } from '../workspace/member'
import type { Workspace } from '../workspace/schema'
import { countOf } from '../plural'

/**
 * Figures drawn from the workspace's data (not pictures of it): the PDF draws them as vector
 * shapes and the Word export as tables, from the same numbers.
 */
export type StageBars = { type: 'stage-bars'; title: string; caption: string; rows: { placement: Placement; label: string; counts: Record<MemberStage, number>; total: number }[] }
export type Funnel = { type: 'funnel'; title: string; caption: string; steps: { stage: MemberStage; label: string; count: number }[] }
export type TargetArrow = { indicator: string; unit: string; year: number | null; baseline: string; target: string; from: number | null; to: number | null }
export type TargetArrows = { type: 'target-arrows'; title: string; caption: string; rows: TargetArrow[] }
export type Figure = StageBars | Funnel | TargetArrows

/** Members per pillar, split by how far each has come (unplaced members last, when there are any). */
export function stageBars(workspace: Workspace): StageBars {
  const placements: Placement[] = workspace.members.some((member) => member.pillar === 'unassigned') ? [...PILLARS, 'unassigned'] : [...PILLARS]
  const rows = placements.map((placement) => {
    const members = workspace.members.filter((member) => member.pillar === placement)
    const counts = Object.fromEntries(MEMBER_STAGES.map((stage) => [stage, members.filter((member) => member.stage === stage).length])) as Record<MemberStage, number>
    return { placement, label: placementLabel(placement), counts, total: members.length }
  })
  return { type: 'stage-bars', title: 'Members by pillar and stage', caption: `${countOf(workspace.members.length, 'member or prospect', 'members and prospects')}; each bar split from committed to prospect.`, rows }
}

/** How many have come at least this far: every member is a prospect or beyond, fewer are in talks, … committed. */
export function commitmentFunnel(workspace: Workspace): Funnel {
  const order = new Map(MEMBER_STAGES.map((stage, index) => [stage, index]))
  const steps = MEMBER_STAGES.map((stage, index) => ({
    stage,
    label: index === 0 ? 'All members and prospects' : `${STAGE_LABELS[stage]} or further`,
    count: workspace.members.filter((member) => order.get(member.stage)! >= index).length
  }))
  return { type: 'funnel', title: 'Commitment funnel', caption: 'How many organisations have come at least this far towards committing.', steps }
}

/** The first number in a value as people write it ("1,200", "€6 m", "45 %"), or null. */
export function leadingNumber(value: string): number | null {
  const match = /-?\d[\d,. ]*/.exec(value)
  if (!match) return null
  const number = Number(match[0].replace(/[ ,]/g, ''))
  return Number.isFinite(number) ? number : null
}

export function targetArrows(targets: readonly Target[]): TargetArrows {
  return {
    type: 'target-arrows',
    title: 'Targets: from baseline to target',
    caption: 'Each row on its own scale, from zero to the larger of baseline and target.',
    rows: targets.map((target) => ({
      indicator: target.indicator,
      unit: target.unit,
      year: target.year,
      baseline: target.baseline,
      target: target.target,
      from: leadingNumber(target.baseline),
      to: leadingNumber(target.target)
    }))
  }
}

/** The figures of a strategy or dossier: the two on members always, the targets when there are any. */
export function workspaceFigures(workspace: Workspace): Figure[] {
  const { targets } = workspace.strategy
  return [stageBars(workspace), commitmentFunnel(workspace), ...(targets.length ? [targetArrows(targets)] : [])]
}
