import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { rootOf } from '../../../src/shared/sync/shared-workspace'
import { member, workspaceWith } from '../../support/workspaces'
import { exchange, pair, run, view } from './replicas'

const section = { id: 's1', title: 'Vision', markdown: 'We build ships.', status: 'draft' as const, templateSectionId: null, startsPart: false }
const withSection = () => {
  const base = workspaceWith(6)
  return { ...base, strategy: { ...base.strategy, started: true, sections: [section] } }
}

const lane = (workspace: ReturnType<typeof view>, pillar: string) => workspace.members.filter((m) => m.pillar === pillar).map((m) => m.id)

describe('concurrent edits of one shared workspace', () => {
  it('keeps both a move of a member and a rename of it', () => {
    const [anna, ben] = pair(workspaceWith(6))
    run(anna, { type: 'member/move', ids: ['m0'], to: 'investors', beforeId: null })
    run(ben, { type: 'member/update', id: 'm0', patch: { name: 'Harbour Robotics' } })
    exchange(anna, ben)
    for (const replica of [anna, ben]) {
      const m0 = view(replica).members.find((m) => m.id === 'm0')!
      expect(m0).toMatchObject({ pillar: 'investors', name: 'Harbour Robotics' })
    }
  })

  it('merges two people typing in one section character by character', () => {
    const [anna, ben] = pair(withSection())
    run(anna, { type: 'strategy/update-section', id: 's1', patch: { markdown: 'We build green ships.' } })
    run(ben, { type: 'strategy/update-section', id: 's1', patch: { markdown: 'We build ships in Bergen.' } })
    exchange(anna, ben)
    expect(view(anna).strategy.sections[0]!.markdown).toBe('We build green ships in Bergen.')
    expect(view(ben)).toEqual(view(anna))
  })

  it('lets a deletion win over a concurrent edit of the same member (the documented rule)', () => {
    const [anna, ben] = pair(workspaceWith(6))
    run(anna, { type: 'member/remove', ids: ['m1'] })
    run(ben, { type: 'member/update', id: 'm1', patch: { name: 'Renamed' } })
    run(ben, { type: 'member/move', ids: ['m1'], to: 'academia', beforeId: null })
    exchange(anna, ben)
    for (const replica of [anna, ben]) expect(view(replica).members.map((m) => m.id)).not.toContain('m1')
  })

  it('lands two concurrent moves within one lane, and one member moved twice appears once', () => {
    const base = workspaceWith(0)
    const members = ['a', 'b', 'c', 'd'].map((id) => member({ id, pillar: 'industry' }))
    const [anna, ben] = pair({ ...base, members })
    run(anna, { type: 'member/move', ids: ['d'], to: 'industry', beforeId: 'a' })
    run(ben, { type: 'member/move', ids: ['c'], to: 'industry', beforeId: 'b' })
    exchange(anna, ben)
    expect(lane(view(anna), 'industry')).toEqual(['d', 'a', 'c', 'b'])
    run(anna, { type: 'member/move', ids: ['a'], to: 'government', beforeId: null })
    run(ben, { type: 'member/move', ids: ['a'], to: 'academia', beforeId: null })
    exchange(anna, ben)
    expect(view(anna)).toEqual(view(ben))
    expect(view(anna).members.filter((m) => m.id === 'a')).toHaveLength(1)
  })

  it('undoes only the changes of the person who asks', () => {
    const [anna, ben] = pair(workspaceWith(3))
    run(anna, { type: 'member/update', id: 'm0', patch: { city: 'Bergen' } })
    exchange(anna, ben)
    run(ben, { type: 'member/update', id: 'm1', patch: { city: 'Oslo' } })
    exchange(anna, ben)
    expect(anna.undo()).toBe(true)
    exchange(anna, ben)
    const members = view(ben).members
    expect(members.find((m) => m.id === 'm0')!.city).toBe('')
    expect(members.find((m) => m.id === 'm1')!.city).toBe('Oslo')
  })

  it('refuses, with the reason, a remote change that would make the workspace invalid', () => {
    const [anna, ben] = pair(workspaceWith(2))
    const items = (rootOf(ben.doc).get('members') as Y.Map<Y.Map<Y.Map<unknown>>>).get('items')!
    items.get('m0')!.set('name', '')
    exchange(anna, ben)
    const projected = anna.project()
    expect(projected.ok).toBe(false)
    expect(!projected.ok && projected.reason).toMatch(/members\.0\.name/)
    expect(anna.apply({ type: 'cluster/update', patch: { region: 'West' } })).toMatchObject({ ok: false })
  })

  it('projects the same workspace it was made from, field for field', () => {
    const original = withSection()
    const [anna] = pair(original)
    expect(view(anna)).toEqual(original)
  })
})
