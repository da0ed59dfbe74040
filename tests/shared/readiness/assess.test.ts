import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assessReadiness, type ReadinessReport } from '../../../src/shared/readiness/assess'
import { CRITERIA, READINESS_AREAS } from '../../../src/shared/readiness/criteria'
import { fundingSourcesIn } from '../../../src/shared/readiness/evidence'
import { applyCommand } from '../../../src/shared/workspace/commands'
import { emptyStrategy } from '../../../src/shared/strategy/schema'
import { createWorkspace, WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { member, RESOURCES } from '../../support/workspaces'

const AT = '2026-12-01T10:00:00.000Z'
const criterion = (report: ReadinessReport, id: string) => report.areas.flatMap((area) => area.criteria).find((c) => c.id === id)!
const empty = () => createWorkspace({ id: 'ws-empty', now: AT, name: 'Empty Cluster' })

describe('the readiness report on an empty workspace', () => {
  const report = assessReadiness(empty())

  it('has every area modelled on the excellence benchmarking, each criterion with what good looks like', () => {
    expect(report.areas.map((area) => area.title)).toEqual(READINESS_AREAS.map((area) => area.title))
    expect(report.areas.map((area) => area.id)).toEqual(['structure', 'management', 'financing', 'services', 'interaction', 'achievements', 'strategy'])
    for (const area of report.areas) {
      expect(area.criteria.length, area.id).toBeGreaterThanOrEqual(2)
      for (const c of area.criteria) expect(c.good.length, c.id).toBeGreaterThan(30)
    }
  })

  it('scores zero, says what the workspace shows, and lists every criterion as a to-do', () => {
    expect(report.score).toEqual({ points: 0, max: CRITERIA.length, percent: 0 })
    expect(criterion(report, 'committed-members')).toMatchObject({ status: 'not-met', evidence: expect.stringMatching(/^0 committed members \(Industry leaders 0/) })
    expect(criterion(report, 'strategy-final').evidence).toBe('No strategy has been started.')
    expect(criterion(report, 'cluster-manager')).toMatchObject({ source: 'team', status: 'unanswered' })
    expect(criterion(report, 'cluster-manager').evidence).toBeUndefined()
    expect(report.todos).toHaveLength(CRITERIA.length)
    expect(report.todos[0]).toEqual({ area: 'structure', criterion: 'committed-members', text: 'Win 15 more committed members.', fixAt: 'pillar-map' })
  })
})

describe('the readiness report on the demo workspace', () => {
  let demo: Workspace
  beforeAll(async () => {
    demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
  })

  it('fills in the evidence the demo holds: committed members per pillar and the missing pillar', () => {
    const report = assessReadiness(demo)
    expect(criterion(report, 'committed-members')).toMatchObject({
      status: 'partly',
      evidence: '13 committed members (Industry leaders 5, Entrepreneurs 4, Government 3, Academia 1, Investors 0).'
    })
    expect(criterion(report, 'all-pillars')).toMatchObject({ status: 'partly', evidence: 'No committed member yet from: Investors.' })
    expect(criterion(report, 'industry-led')).toMatchObject({ status: 'met', evidence: '9 of 13 committed members (69%) are industry leaders or entrepreneurs.' })
    expect(criterion(report, 'member-types').status).toBe('met')
  })

  it("carries the team's answers and scores each area", () => {
    const report = assessReadiness(demo)
    expect(criterion(report, 'cluster-manager')).toMatchObject({ status: 'partly', answer: { answer: 'partly', note: expect.stringMatching(/two days a week/) } })
    expect(criterion(report, 'public-presence').status).toBe('not-met')
    const structure = report.areas.find((area) => area.id === 'structure')!
    expect(structure.score).toEqual({ points: 3, max: 4, percent: 75 })
    // The demo's drafted strategy has a governance section in draft: half a point.
    const management = report.areas.find((area) => area.id === 'management')!
    expect(management.score).toEqual({ points: 1.5, max: 3, percent: 50 })
    expect(criterion(report, 'governance-written').status).toBe('partly')
    expect(report.todos.find((todo) => todo.criterion === 'all-pillars')).toEqual({ area: 'structure', criterion: 'all-pillars', text: 'Win a committed member from investors.', fixAt: 'pillar-map' })
  })

  it('reads a started strategy: final sections, governance, funding mix, targets, initiatives, snapshots', () => {
    const lead = demo.members.find((m) => m.pillar === 'industry' && m.stage === 'committed')!
    const partner = demo.members.find((m) => m.pillar === 'academia')!
    // From the demo's members with a strategy started afresh (the demo ships a drafted one).
    const unstarted = { ...demo, strategy: emptyStrategy() }
    let ws = applyCommand(unstarted, { type: 'strategy/start', templateId: 'founding-strategy', title: 'Strategy', sections: [
      { id: 's1', title: 'Governance and organisation', markdown: 'A members association with a board.', status: 'final', templateSectionId: 'governance', startsPart: false },
      { id: 's2', title: 'Financing', markdown: 'Membership fees from every member and a regional grant for three years.', status: 'final', templateSectionId: 'financing', startsPart: false },
      { id: 's3', title: 'Vision', markdown: '', status: 'draft', templateSectionId: 'vision', startsPart: false }
    ] })
    ws = applyCommand(ws, { type: 'strategy/put-target', target: { id: 't1', indicator: 'Committed members', baseline: '13', target: '40', year: 2028, owner: '', unit: '' } })
    ws = applyCommand(ws, { type: 'strategy/put-target', target: { id: 't2', indicator: 'Joint projects', baseline: '', target: '5', year: null, owner: '', unit: '' } })
    ws = applyCommand(ws, { type: 'strategy/put-initiative', initiative: { id: 'i1', title: 'Shared test harbour', description: '', leadId: lead.id, partnerIds: [partner.id], milestones: [], start: null, end: null, budget: '', status: 'proposed' } })
    const report = assessReadiness(ws)
    expect(criterion(report, 'governance-written')).toMatchObject({ status: 'met', evidence: 'The section "Governance and organisation" is final.' })
    expect(criterion(report, 'funding-mix')).toMatchObject({ status: 'met', evidence: 'The section "Financing" is final. It names membership fees, public funding.' })
    expect(criterion(report, 'measurable-targets')).toMatchObject({ status: 'partly', evidence: '1 of 2 targets has a baseline, a target value and a year.' })
    expect(criterion(report, 'initiatives-led')).toMatchObject({ status: 'met', evidence: '1 of 1 initiative has a lead and at least one partner.' })
    expect(criterion(report, 'cross-pillar-work').status).toBe('met')
    expect(criterion(report, 'strategy-final')).toMatchObject({ status: 'partly', evidence: '2 of 3 sections are final.' })
    expect(criterion(report, 'strategy-reviewed').status).toBe('not-met')
  })
})

describe('readiness answers', () => {
  it('stores an answer, a note and a link per criterion, and clears them', () => {
    let ws = applyCommand(empty(), { type: 'readiness/answer', criterionId: 'member-fees', patch: { answer: 'yes' }, at: AT })
    ws = applyCommand(ws, { type: 'readiness/answer', criterionId: 'member-fees', patch: { note: 'Fees agreed at the May meeting.', link: 'https://example.org/minutes' }, at: AT })
    expect(ws.readiness.answers['member-fees']).toEqual({ answer: 'yes', note: 'Fees agreed at the May meeting.', link: 'https://example.org/minutes', updatedAt: AT })
    expect(criterion(assessReadiness(ws), 'member-fees').status).toBe('met')
    const same = applyCommand(ws, { type: 'readiness/answer', criterionId: 'member-fees', patch: { answer: 'yes' }, at: '2026-12-02T10:00:00.000Z' })
    expect(same).toBe(ws)
    ws = applyCommand(ws, { type: 'readiness/clear', criterionId: 'member-fees' })
    expect(ws.readiness.answers).toEqual({})
  })

  it('recognises the kinds of funding a financing section names', () => {
    expect(fundingSourcesIn('Annual membership fees, a regional grant, paid services and sponsorship.')).toEqual(['membership fees', 'public funding', 'paid services', 'private contributions'])
    expect(fundingSourcesIn('We will think about money later.')).toEqual([])
  })

  it('counts only committed members, and a firm-heavy membership as industry-led', () => {
    const ws = { ...empty(), members: [member({ id: 'a', pillar: 'industry', stage: 'committed', size: 'large' }), member({ id: 'b', pillar: 'government', stage: 'prospect' })] }
    const report = assessReadiness(ws)
    expect(criterion(report, 'committed-members').evidence).toMatch(/^1 committed member \(/)
    expect(criterion(report, 'industry-led').status).toBe('met')
  })
})
