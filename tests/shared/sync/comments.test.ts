import { describe, expect, it } from 'vitest'
import type { WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import { workspaceWith } from '../../support/workspaces'
import { exchange, pair, run, view } from './replicas'

const AT = '2026-03-01T10:00:00.000Z'
const START = (() => {
  const base = workspaceWith(2)
  const section = { id: 's1', title: 'Vision', markdown: 'We grow to 50 members.', status: 'draft' as const, templateSectionId: null, startsPart: false }
  return { ...base, strategy: { ...base.strategy, started: true, sections: [section] } }
})()
const comment = (id: string, author: string, body: string): WorkspaceCommandInput => ({ type: 'comment/add', comment: { id, sectionId: 's1', author, createdAt: AT, body } })
const reply = (id: string, author: string): WorkspaceCommandInput => ({ type: 'comment/reply', id: 'c1', reply: { id, author, at: AT, body: `${author} agrees` } })

describe('comments between two laptops', () => {
  it('keeps both comments made at once, and both replies to one thread', () => {
    const [anna, ben] = pair(START)
    run(anna, comment('c1', 'Anna', 'Which members?'))
    run(ben, comment('c2', 'Ben', 'Add a year.'))
    exchange(anna, ben)
    expect(view(anna).comments.map((c) => c.id).sort()).toEqual(['c1', 'c2'])
    run(anna, reply('r1', 'Anna'))
    run(ben, reply('r2', 'Ben'))
    exchange(anna, ben)
    expect(view(anna)).toEqual(view(ben))
    expect(view(anna).comments.find((c) => c.id === 'c1')!.replies.map((r) => r.id).sort()).toEqual(['r1', 'r2'])
  })

  it('keeps a reply made while someone else resolves the thread', () => {
    const [anna, ben] = pair(START)
    run(anna, comment('c1', 'Anna', 'Which members?'))
    exchange(anna, ben)
    run(anna, { type: 'comment/resolve', id: 'c1', by: 'Anna', at: AT })
    run(ben, reply('r1', 'Ben'))
    exchange(anna, ben)
    expect(view(ben).comments[0]).toMatchObject({ resolved: { by: 'Anna' }, replies: [{ id: 'r1' }] })
  })

  it('merges an accepted suggestion with typing elsewhere in the section', () => {
    const [anna, ben] = pair(START)
    run(anna, { type: 'comment/add', comment: { id: 'c1', sectionId: 's1', author: 'Anna', createdAt: AT, body: '', anchor: { quote: '50', prefix: 'grow to ', suffix: ' members' }, suggestion: { replacement: '80' } } })
    exchange(anna, ben)
    run(ben, { type: 'comment/accept', id: 'c1', by: 'Ben', at: AT })
    run(anna, { type: 'strategy/update-section', id: 's1', patch: { markdown: 'By 2030, we grow to 50 members.' } })
    exchange(anna, ben)
    expect(view(anna).strategy.sections[0]!.markdown).toBe('By 2030, we grow to 80 members.')
    expect(view(ben)).toEqual(view(anna))
  })
})
