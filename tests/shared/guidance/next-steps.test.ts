import { describe, expect, it } from 'vitest'
import { nextSteps } from '../../../src/shared/guidance/next-steps'
import { CRITERIA } from '../../../src/shared/readiness/criteria'
import { createWorkspace, type Workspace } from '../../../src/shared/workspace/schema'
import { member, workspaceWith } from '../../support/workspaces'

const ids = (workspace: Workspace, exported = false) => nextSteps(workspace, { exported }).map((step) => step.id)
const fresh = () => createWorkspace({ id: 'ws-fresh', now: '2026-01-01T00:00:00.000Z', name: 'Fresh' })

function withStrategy(workspace: Workspace, statuses: ('empty' | 'draft' | 'review' | 'final')[]): Workspace {
  const sections = statuses.map((status, index) => ({ id: `s${index}`, title: `Section ${index + 1}`, markdown: status === 'empty' ? '' : 'Text', status, templateSectionId: null, startsPart: false }))
  return { ...workspace, strategy: { ...workspace.strategy, started: true, templateId: 'founding', sections } }
}

/** Every team-answered criterion answered yes. */
function allAnswered(workspace: Workspace): Workspace {
  const answers = Object.fromEntries(CRITERIA.filter((criterion) => criterion.source === 'team').map((criterion) => [criterion.id, { answer: 'yes' as const, note: '', link: '', updatedAt: '2026-01-01T00:00:00.000Z' }]))
  return { ...workspace, readiness: { answers } }
}

describe('next steps', () => {
  it('start a fresh workspace with members, the strategy and a first export', () => {
    expect(ids(fresh())).toEqual(['add-members', 'choose-template', 'readiness', 'export'])
    const first = nextSteps(fresh(), { exported: false })[0]!
    expect(first).toMatchObject({ area: 'members', title: 'Add your first members' })
  })

  it('send unplaced members to the pillar map, with the count in the right number', () => {
    const one = { ...fresh(), members: [member({ id: 'a', pillar: 'unassigned' })] }
    const step = nextSteps(one, { exported: false }).find((candidate) => candidate.id === 'place-members')!
    expect(step).toMatchObject({ area: 'pillar-map', title: 'Place 1 member on a pillar' })
    expect(step.detail).toMatch(/^It is not/)
    const two = { ...one, members: [...one.members, member({ id: 'b', pillar: 'unassigned' })] }
    expect(nextSteps(two, { exported: false }).find((candidate) => candidate.id === 'place-members')!.title).toBe('Place 2 members on a pillar')
  })

  it('name the pillars without a committed member', () => {
    const workspace = { ...fresh(), members: [member({ id: 'a', pillar: 'industry', stage: 'committed' }), member({ id: 'b', pillar: 'academia', stage: 'committed' })] }
    const step = nextSteps(workspace, { exported: false }).find((candidate) => candidate.id === 'thin-pillars')!
    expect(step.title).toBe('Win a committed member for Entrepreneurs, Government and Investors')
    expect(step.area).toBe('members')
  })

  it('name the empty and draft sections once the strategy is started', () => {
    const steps = nextSteps(withStrategy(workspaceWith(10), ['empty', 'draft', 'final', 'empty']), { exported: false })
    expect(steps.find((step) => step.id === 'write-sections')).toMatchObject({ title: 'Write 2 empty sections', detail: 'Section 1 and Section 4', area: 'strategy' })
    expect(steps.find((step) => step.id === 'finish-drafts')).toMatchObject({ title: 'Take 1 draft section to review', detail: 'Section 2' })
    expect(steps.map((step) => step.id)).not.toContain('choose-template')
  })

  it('shrink as the team progresses', () => {
    const start = fresh()
    const placed = workspaceWith(10)
    const written = withStrategy(placed, ['final', 'review'])
    const counts = [ids(start).length, ids(placed).length, ids(written).length, ids(allAnswered(written)).length, ids(allAnswered(written), true).length]
    counts.slice(1).forEach((count, index) => expect(count).toBeLessThanOrEqual(counts[index]!))
    expect(ids(allAnswered(written), true)).not.toContain('export')
    expect(ids(start, true)).not.toContain('export')
  })
})
