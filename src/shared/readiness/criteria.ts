import { READINESS } from '../members/balance'
import { STATUS_LABELS } from '../strategy/schema'
import type { WorkspaceEvidence } from './evidence'
import { countOf } from '../plural'

/**
 * The readiness self-assessment: areas modelled on those the European cluster management
 * excellence benchmarking looks at, with criteria in our own words. A criterion either reads its
 * evidence from the workspace or is answered by the team; either way it says what good looks like
 * and where in the app a gap is closed.
 */
export type ReadinessAreaId = 'structure' | 'management' | 'financing' | 'services' | 'interaction' | 'achievements' | 'strategy'

/** Where in the app a gap is closed: an area of the workspace's sidebar. */
export type FixPlace = 'overview' | 'pillar-map' | 'members' | 'strategy' | 'readiness'
export const FIX_PLACE_LABELS: Record<FixPlace, string> = {
  overview: 'Overview',
  'pillar-map': 'Pillar map',
  members: 'Members',
  strategy: 'Strategy',
  readiness: 'Readiness'
}

export type CriterionStatus = 'met' | 'partly' | 'not-met' | 'unanswered'
export type Finding = { status: Exclude<CriterionStatus, 'unanswered'>; evidence: string; todo: string }

type Common = { id: string; area: ReadinessAreaId; title: string; good: string; fixAt: FixPlace }
/** Checked from the workspace: what was found, and what to do if it falls short. */
export type AutomaticCriterion = Common & { source: 'workspace'; check: (evidence: WorkspaceEvidence) => Finding }
/** Answered by the team; `todo` is the step to take while the answer is not yes. */
export type TeamCriterion = Common & { source: 'team'; todo: string }
export type Criterion = AutomaticCriterion | TeamCriterion

export const READINESS_AREAS: readonly { id: ReadinessAreaId; title: string; asks: string }[] = [
  { id: 'structure', title: 'Who is in the cluster', asks: 'Enough committed members, from every pillar, led by firms.' },
  { id: 'management', title: 'Management and governance', asks: 'Someone runs the cluster, and a mixed board decides by written rules.' },
  { id: 'financing', title: 'Financing the cluster organisation', asks: 'Money from more than one kind of source, planned beyond this year.' },
  { id: 'services', title: 'Services for members', asks: 'Concrete things members get, each led by someone.' },
  { id: 'interaction', title: 'Members working together', asks: 'Members meet, and work across pillars on shared projects.' },
  { id: 'achievements', title: 'Results and recognition', asks: 'Targets you can measure, results you can show, and a public face.' },
  { id: 'strategy', title: 'A strategy that is written and kept up', asks: 'A finished strategy, reviewed from time to time.' }
]

const plural = (count: number, one: string, many = `${one}s`) => countOf(count, one, many)
/** "1 of 3 targets has", "2 of 3 targets have". */
const someOf = (count: number, total: number, noun: string, verbs: [one: string, many: string]) => `${count} of ${plural(total, noun)} ${count === 1 ? verbs[0] : verbs[1]}`
const sectionState = (title: string, status: keyof typeof STATUS_LABELS) => `The section "${title}" is ${STATUS_LABELS[status].toLowerCase()}.`

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'committed-members',
    area: 'structure',
    source: 'workspace',
    title: `At least ${READINESS.committedMembers} committed members`,
    good: `A founding group of ${READINESS.committedMembers} or more organisations that have said yes, the bar the European Cluster Collaboration Platform sets for listing a cluster organisation.`,
    fixAt: 'pillar-map',
    check: ({ committed, balance }) => {
      const perPillar = balance.pillars.map((p) => `${p.label} ${p.committed}`).join(', ')
      const evidence = `${plural(committed, 'committed member')} (${perPillar}).`
      if (committed >= READINESS.committedMembers) return { status: 'met', evidence, todo: '' }
      return { status: committed > 0 ? 'partly' : 'not-met', evidence, todo: `Win ${countOf(READINESS.committedMembers - committed, 'more committed member', 'more committed members')}.` }
    }
  },
  {
    id: 'all-pillars',
    area: 'structure',
    source: 'workspace',
    title: 'Every pillar has a committed member',
    good: 'Industry leaders, entrepreneurs, government, academia and investors each have at least one committed member.',
    fixAt: 'pillar-map',
    check: ({ balance }) => {
      const missing = balance.pillars.filter((p) => p.committed === 0).map((p) => p.label)
      if (missing.length === 0) return { status: 'met', evidence: 'Every pillar has a committed member.', todo: '' }
      return {
        status: missing.length <= 2 ? 'partly' : 'not-met',
        evidence: `No committed member yet from: ${missing.join(', ')}.`,
        todo: `Win a committed member from ${missing.join(', ').toLowerCase()}.`
      }
    }
  },
  {
    id: 'member-types',
    area: 'structure',
    source: 'workspace',
    title: `At least ${READINESS.memberTypes} types of member`,
    good: 'Committed members of different kinds (firms of different sizes, research bodies, public bodies), with their size recorded.',
    fixAt: 'members',
    check: ({ balance }) => {
      const types = balance.checks.find((check) => check.id === 'types')!
      return { status: types.met ? 'met' : 'not-met', evidence: types.detail, todo: types.met ? '' : 'Record the size of each committed member, and win a member of another type.' }
    }
  },
  {
    id: 'industry-led',
    area: 'structure',
    source: 'workspace',
    title: 'Led by industry',
    good: 'At least half of the committed members are firms: industry leaders and entrepreneurs.',
    fixAt: 'pillar-map',
    check: ({ committed, committedFirms }) => {
      if (committed === 0) return { status: 'not-met', evidence: 'No committed members yet.', todo: 'Win committed members, starting with firms.' }
      const share = Math.round((committedFirms / committed) * 100)
      const evidence = `${committedFirms} of ${committed} committed members (${share}%) are industry leaders or entrepreneurs.`
      return committedFirms * 2 >= committed ? { status: 'met', evidence, todo: '' } : { status: 'not-met', evidence, todo: 'Win more firms as committed members, so industry leads.' }
    }
  },
  {
    id: 'cluster-manager',
    area: 'management',
    source: 'team',
    title: 'A cluster manager with time to do the job',
    good: 'A named person runs the cluster organisation for at least half of a full-time post, paid or seconded.',
    fixAt: 'readiness',
    todo: 'Name the cluster manager and agree at least half a full-time post.'
  },
  {
    id: 'board',
    area: 'management',
    source: 'team',
    title: 'A board drawn from several pillars, with written rules',
    good: 'A board or steering group with members from several pillars, and written rules on who decides what and who may join.',
    fixAt: 'readiness',
    todo: 'Set up a board from several pillars and write down how it decides and who may join.'
  },
  {
    id: 'governance-written',
    area: 'management',
    source: 'workspace',
    title: 'Governance written into the strategy',
    good: 'The strategy has a final section on governance and organisation: legal form, board, decisions, membership.',
    fixAt: 'strategy',
    check: ({ governanceSection }) => {
      if (!governanceSection) return { status: 'not-met', evidence: 'The strategy has no section on governance or organisation.', todo: 'Add a governance and organisation section to the strategy.' }
      const evidence = sectionState(governanceSection.title, governanceSection.status)
      return governanceSection.status === 'final' ? { status: 'met', evidence, todo: '' } : { status: 'partly', evidence, todo: `Finish the section "${governanceSection.title}".` }
    }
  },
  {
    id: 'funding-mix',
    area: 'financing',
    source: 'workspace',
    title: 'A funding mix in the financing section',
    good: 'A final financing section that names at least two kinds of money: membership fees, public funding, paid services, private contributions or philanthropy.',
    fixAt: 'strategy',
    check: ({ financingSection, fundingSources }) => {
      if (!financingSection) return { status: 'not-met', evidence: 'The strategy has no financing section.', todo: 'Add a financing section that names where the money comes from.' }
      const named = fundingSources.length ? `It names ${fundingSources.join(', ')}.` : 'It names no source of money yet.'
      const evidence = `${sectionState(financingSection.title, financingSection.status)} ${named}`
      if (financingSection.status === 'final' && fundingSources.length >= 2) return { status: 'met', evidence, todo: '' }
      const todo = fundingSources.length < 2 ? `Name at least two kinds of funding in "${financingSection.title}".` : `Finish the section "${financingSection.title}".`
      return { status: fundingSources.length > 0 ? 'partly' : 'not-met', evidence, todo }
    }
  },
  {
    id: 'member-fees',
    area: 'financing',
    source: 'team',
    title: 'Members pay a fee',
    good: 'Members pay a fee, so the cluster does not depend on one funder and members value what they pay for.',
    fixAt: 'readiness',
    todo: 'Agree a membership fee, scaled to the size of each member.'
  },
  {
    id: 'budget-ahead',
    area: 'financing',
    source: 'team',
    title: 'A budget for the next two years',
    good: 'A budget that covers at least the next two years, with no single funder paying more than about half.',
    fixAt: 'readiness',
    todo: 'Draw up a two-year budget and check no funder pays more than about half.'
  },
  {
    id: 'initiatives-led',
    area: 'services',
    source: 'workspace',
    title: 'Initiatives with a lead and partners',
    good: 'Every initiative in the strategy has a lead member and at least one partner.',
    fixAt: 'strategy',
    check: ({ initiatives }) => {
      if (initiatives.total === 0) return { status: 'not-met', evidence: 'The strategy has no initiatives yet.', todo: 'Add initiatives to the strategy, each with a lead member and partners.' }
      const evidence = `${someOf(initiatives.ledWithPartners, initiatives.total, 'initiative', ['has', 'have'])} a lead and at least one partner.`
      if (initiatives.ledWithPartners === initiatives.total) return { status: 'met', evidence, todo: '' }
      return { status: initiatives.ledWithPartners > 0 ? 'partly' : 'not-met', evidence, todo: `Give ${countOf(initiatives.total - initiatives.ledWithPartners, 'more initiative', 'more initiatives')} a lead and partners.` }
    }
  },
  {
    id: 'service-list',
    area: 'services',
    source: 'team',
    title: 'A written list of services',
    good: 'A short list of what members get (matchmaking, joint projects, training, help abroad, access to finance) and who uses each.',
    fixAt: 'readiness',
    todo: 'Write down the services the cluster offers and who uses each.'
  },
  {
    id: 'cross-pillar-work',
    area: 'interaction',
    source: 'workspace',
    title: 'Projects that cross pillars',
    good: 'At least one initiative whose lead and partners come from two or more pillars.',
    fixAt: 'strategy',
    check: ({ initiatives }) => {
      const evidence = `${someOf(initiatives.crossPillar, initiatives.total, 'initiative', ['brings', 'bring'])} together members from two or more pillars.`
      return initiatives.crossPillar > 0 ? { status: 'met', evidence, todo: '' } : { status: 'not-met', evidence, todo: 'Shape an initiative with partners from at least two pillars.' }
    }
  },
  {
    id: 'regular-meetings',
    area: 'interaction',
    source: 'team',
    title: 'Members meet regularly',
    good: 'Events or working groups several times a year, with a count of who came from which pillar.',
    fixAt: 'readiness',
    todo: 'Plan a year of member meetings and keep a count of who comes.'
  },
  {
    id: 'measurable-targets',
    area: 'achievements',
    source: 'workspace',
    title: 'Targets with a baseline, a value and a year',
    good: 'Quantified targets, each with where you start from, where you aim to be and by when.',
    fixAt: 'strategy',
    check: ({ targets }) => {
      if (targets.total === 0) return { status: 'not-met', evidence: 'The strategy has no targets yet.', todo: 'Add quantified targets to the strategy.' }
      const evidence = `${someOf(targets.measurable, targets.total, 'target', ['has', 'have'])} a baseline, a target value and a year.`
      if (targets.measurable === targets.total) return { status: 'met', evidence, todo: '' }
      return { status: targets.measurable > 0 ? 'partly' : 'not-met', evidence, todo: `Give ${countOf(targets.total - targets.measurable, 'more target', 'more targets')} a baseline, a value and a year.` }
    }
  },
  {
    id: 'success-stories',
    area: 'achievements',
    source: 'team',
    title: 'Three success stories',
    good: 'Three short, documented stories of what members achieved through the cluster.',
    fixAt: 'readiness',
    todo: 'Write up three success stories with the members involved.'
  },
  {
    id: 'public-presence',
    area: 'achievements',
    source: 'team',
    title: 'A public face',
    good: 'A website with an English version that shows recent activity, and a profile on the European Cluster Collaboration Platform.',
    fixAt: 'readiness',
    todo: 'Publish a website with an English version and register on the European Cluster Collaboration Platform.'
  },
  {
    id: 'strategy-final',
    area: 'strategy',
    source: 'workspace',
    title: 'A finished strategy',
    good: 'A written strategy whose sections are all marked final.',
    fixAt: 'strategy',
    check: ({ strategyStarted, sections }) => {
      if (!strategyStarted || sections.length === 0) return { status: 'not-met', evidence: 'No strategy has been started.', todo: 'Start the strategy from a template.' }
      const final = sections.filter((section) => section.status === 'final').length
      const evidence = `${someOf(final, sections.length, 'section', ['is', 'are'])} final.`
      if (final === sections.length) return { status: 'met', evidence, todo: '' }
      return { status: final > 0 ? 'partly' : 'not-met', evidence, todo: `Finish ${countOf(sections.length - final, 'more section', 'more sections')} of the strategy.` }
    }
  },
  {
    id: 'strategy-reviewed',
    area: 'strategy',
    source: 'workspace',
    title: 'The strategy is reviewed',
    good: 'Named snapshots show the strategy was reviewed and agreed at least once.',
    fixAt: 'strategy',
    check: ({ snapshots }) =>
      snapshots > 0
        ? { status: 'met', evidence: `${plural(snapshots, 'named snapshot')} of the strategy.`, todo: '' }
        : { status: 'not-met', evidence: 'No named snapshot of the strategy yet.', todo: 'Review the strategy with the board and take a named snapshot of what was agreed.' }
  },
  {
    id: 'members-involved',
    area: 'strategy',
    source: 'team',
    title: 'Members shaped the strategy',
    good: 'Members from every pillar were asked for their views and saw the draft before it was agreed.',
    fixAt: 'readiness',
    todo: 'Hold a workshop or consultation on the draft strategy with members from every pillar.'
  }
]
