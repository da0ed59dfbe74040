import { analyzeBalance, type Balance } from '../members/balance'
import type { StrategySection } from '../strategy/schema'
import type { Workspace } from '../workspace/schema'

/**
 * The facts a workspace already holds that speak to readiness: committed members per pillar and
 * in total, the pillars still missing, the strategy's sections and their status, targets with
 * baselines, initiatives with leads and partners, and the funding named in the financing section.
 */
export type WorkspaceEvidence = {
  balance: Balance
  committed: number
  committedFirms: number
  strategyStarted: boolean
  sections: readonly StrategySection[]
  governanceSection: StrategySection | null
  financingSection: StrategySection | null
  fundingSources: string[]
  targets: { total: number; measurable: number }
  initiatives: { total: number; ledWithPartners: number; crossPillar: number }
  snapshots: number
}

const GOVERNANCE_TITLE = /governance|organi[sz]ation|leadership|structure/i
const FINANCING_TITLE = /financ|funding|budget|investment/i

/** The kinds of money a financing section can name, each with the words that reveal it. */
const FUNDING_SOURCES: readonly [label: string, words: RegExp][] = [
  ['membership fees', /\b(member(ship)?\s+fees?|subscriptions?|annual fees?|dues)\b/i],
  ['public funding', /\b(grants?|public\s+fund\w*|government\s+fund\w*|programme\s+fund\w*|program\s+fund\w*|subsid\w*|municipal|regional\s+fund\w*|EU\s+fund\w*)\b/i],
  ['paid services', /\b(paid\s+services|service\s+(income|sales|revenue|fees)|sales\s+of\s+services|project\s+fees|event\s+fees|tickets?)\b/i],
  ['private contributions', /\b(sponsor\w*|in-kind|industry\s+contributions?|private\s+fund\w*|corporate\s+partners?)\b/i],
  ['philanthropy', /\b(philanthrop\w*|donations?|foundations?)\b/i]
]

export function fundingSourcesIn(markdown: string): string[] {
  return FUNDING_SOURCES.filter(([, words]) => words.test(markdown)).map(([label]) => label)
}

const findSection = (sections: readonly StrategySection[], title: RegExp) => sections.find((section) => title.test(section.title)) ?? null

export function gatherEvidence(workspace: Workspace): WorkspaceEvidence {
  const balance = analyzeBalance(workspace.members)
  const committed = balance.pillars.reduce((sum, pillar) => sum + pillar.committed, 0)
  const committedFirms = balance.pillars.filter((p) => p.pillar === 'industry' || p.pillar === 'entrepreneurs').reduce((sum, p) => sum + p.committed, 0)
  const strategy = workspace.strategy
  const sections = strategy.started ? strategy.sections : []
  const financingSection = findSection(sections, FINANCING_TITLE)
  const pillarOf = new Map(workspace.members.map((member) => [member.id, member.pillar]))
  const initiativePillars = (ids: readonly string[]) => new Set(ids.map((id) => pillarOf.get(id)).filter((p) => p && p !== 'unassigned'))
  const initiatives = strategy.initiatives
  return {
    balance,
    committed,
    committedFirms,
    strategyStarted: strategy.started,
    sections,
    governanceSection: findSection(sections, GOVERNANCE_TITLE),
    financingSection,
    fundingSources: financingSection ? fundingSourcesIn(financingSection.markdown) : [],
    targets: {
      total: strategy.targets.length,
      measurable: strategy.targets.filter((t) => t.baseline.trim() && t.target.trim() && t.year !== null).length
    },
    initiatives: {
      total: initiatives.length,
      ledWithPartners: initiatives.filter((i) => i.leadId !== null && i.partnerIds.length > 0).length,
      crossPillar: initiatives.filter((i) => initiativePillars([...(i.leadId ? [i.leadId] : []), ...i.partnerIds]).size >= 2).length
    },
    snapshots: strategy.snapshots.length
  }
}

