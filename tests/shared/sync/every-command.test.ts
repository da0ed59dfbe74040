import { describe, expect, it } from 'vitest'
import { applyCommand, WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import { projectWorkspace } from '../../../src/shared/sync/shared-workspace'
import { workspaceWith } from '../../support/workspaces'
import { exchange, pair, run, view } from './replicas'

const AT = '2026-03-01T10:00:00.000Z'
const section = (id: string, markdown = '') => ({ id, title: `Section ${id}`, markdown, status: 'draft' as const, templateSectionId: null, startsPart: false })

/** One command of each area, in an order where each has something to act on. */
const COMMANDS: WorkspaceCommandInput[] = [
  { type: 'cluster/update', patch: { name: 'Harbour Tech Ærø', region: 'Vestland' } },
  { type: 'member/add', member: { id: 'x1', name: 'Nordic Ocean AS', tags: ['maritime'] } },
  { type: 'member/import', members: [{ id: 'x2', name: 'Bergen Ventures' }], values: { pillar: { vc: 'investors' }, stage: {} } },
  { type: 'member/edit-many', ids: ['m0', 'm1'], stage: 'committed', addTags: ['core'] },
  { type: 'member/move', ids: ['m2', 'x1'], to: 'academia', beforeId: null },
  { type: 'member/merge', keepId: 'm3', mergeIds: ['m4'] },
  { type: 'member/remove', ids: ['x2'] },
  { type: 'library/mark', ids: ['greenbook'], read: true, at: AT },
  { type: 'library/note', id: 'greenbook', markdown: 'Read **chapter 2**.', at: AT },
  { type: 'library/add-resource', resource: { kind: 'link', id: 'r1', title: 'OECD', url: 'https://oecd.org', addedAt: AT } },
  { type: 'library/update-resource', id: 'r1', patch: { title: 'OECD cluster policy' } },
  { type: 'strategy/start', title: 'Our plan', templateId: null, sections: [section('s1', 'Vision text'), section('s2')] },
  { type: 'strategy/add-section', section: section('s3', 'Third'), index: 0 },
  { type: 'strategy/update-section', id: 's1', patch: { markdown: 'Vision text, longer', status: 'review' } },
  { type: 'strategy/move-section', id: 's3', toIndex: 2 },
  { type: 'strategy/freeze-placeholders', values: { clusterName: 'Harbour Tech' } },
  { type: 'strategy/put-target', target: { id: 't1', indicator: 'Members', target: '50', year: 2028 } },
  { type: 'strategy/put-initiative', initiative: { id: 'i1', title: 'Test bed', leadId: 'm0', partnerIds: ['m1'] } },
  { type: 'comment/add', comment: { id: 'c1', sectionId: 's1', author: 'Åse', createdAt: AT, body: 'Longer how?', anchor: { quote: 'longer', prefix: 'Vision text, ', suffix: '' } } },
  { type: 'comment/reply', id: 'c1', reply: { id: 'r1', author: 'Ben', at: AT, body: 'Two paragraphs.' } },
  { type: 'comment/edit', id: 'c1', by: 'Åse', at: AT, body: 'How much longer?' },
  { type: 'comment/resolve', id: 'c1', by: 'Ben', at: AT },
  { type: 'comment/reopen', id: 'c1' },
  { type: 'comment/add', comment: { id: 'c2', sectionId: 's1', author: 'Ben', createdAt: AT, body: '', anchor: { quote: 'longer', prefix: '', suffix: '' }, suggestion: { replacement: 'much longer' } } },
  { type: 'comment/accept', id: 'c2', by: 'Åse', at: AT },
  { type: 'comment/add', comment: { id: 'c3', sectionId: 's1', author: 'Ben', createdAt: AT, body: 'Shorter?', anchor: { quote: 'Vision', prefix: '', suffix: '' }, suggestion: { replacement: 'Aim' } } },
  { type: 'comment/reject', id: 'c3', by: 'Åse', at: AT },
  { type: 'comment/delete', id: 'c1', by: 'Åse' },
  { type: 'strategy/take-snapshot', snapshot: { id: 'snap1', name: 'Draft 1', takenAt: AT, title: 'Our plan', sections: [section('s1', 'Vision text')] } },
  { type: 'strategy/restore-snapshot', id: 'snap1' },
  { type: 'strategy/remove-section', id: 's2' },
  { type: 'strategy/unfreeze-placeholders' },
  { type: 'strategy/remove-target', id: 't1' },
  { type: 'readiness/answer', criterionId: 'governance-board', patch: { answer: 'partly', note: 'Board meets monthly' }, at: AT },
  { type: 'readiness/clear', criterionId: 'governance-board' },
  { type: 'library/remove-resource', id: 'r1' },
  { type: 'cluster/set-logo', logo: null }
]

describe('every kind of command through the shared model', () => {
  it('gives, on both laptops, exactly what applyCommand gives on the plain workspace', () => {
    const start = workspaceWith(6)
    const [anna, ben] = pair(start)
    let expected = start
    for (const input of COMMANDS) {
      const command = WorkspaceCommandSchema.parse(input)
      expected = applyCommand(expected, command)
      run(anna, command)
      // Read back from the doc itself, not the replica's cached projection.
      const fromDoc = projectWorkspace(anna.doc)
      expect(fromDoc.ok && fromDoc.workspace, input.type).toEqual(expected)
      exchange(anna, ben)
      expect(view(ben), input.type).toEqual(expected)
    }
    expect(expected.strategy.sections.length).toBeGreaterThan(0)
    expect(expected.comments.map((c) => c.id)).toEqual(['c2', 'c3'])
  })
})
