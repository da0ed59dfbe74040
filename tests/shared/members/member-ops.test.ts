import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { analyzeBalance } from '../../../src/shared/members/balance'
import { createSimilarityIndex, duplicateGroups, findSimilar, normalizeName, planImport, websiteDomain } from '../../../src/shared/members/duplicates'
import { editMembers, mergeMembers, moveMembers } from '../../../src/shared/members/member-ops'
import { PILLARS, PLACEMENTS } from '../../../src/shared/pillars'
import { MEMBER_SIZES, MEMBER_STAGES, SIZE_LABELS, type Member } from '../../../src/shared/workspace/member'
import { applyCommand } from '../../../src/shared/workspace/commands'
import { emptyHistory, recordChange, undo } from '../../../src/shared/workspace/history'
import { member, workspaceWith } from '../../support/workspaces'

const lane = (members: ReturnType<typeof workspaceWith>['members'], pillar: string) => members.filter((m) => m.pillar === pillar).map((m) => m.id)

describe('moveMembers', () => {
  const members = workspaceWith(10).members // m0 industry, m1 entrepreneurs, … m5 industry, …

  it('moves a member to another lane, at the end or before a given card', () => {
    expect(lane(moveMembers(members, ['m1'], 'industry', null), 'industry')).toEqual(['m0', 'm5', 'm1'])
    expect(lane(moveMembers(members, ['m1'], 'industry', 'm5'), 'industry')).toEqual(['m0', 'm1', 'm5'])
    expect(moveMembers(members, ['m1'], 'industry', null).find((m) => m.id === 'm1')?.pillar).toBe('industry')
  })

  it('reorders within a lane, and moves several at once keeping their order', () => {
    expect(lane(moveMembers(members, ['m5'], 'industry', 'm0'), 'industry')).toEqual(['m5', 'm0'])
    expect(lane(moveMembers(members, ['m6', 'm2'], 'academia', 'm3'), 'academia')).toEqual(['m2', 'm6', 'm3', 'm8'])
  })

  it('puts members into an empty lane', () => {
    expect(lane(moveMembers(members, ['m0'], 'unassigned', null), 'unassigned')).toEqual(['m0'])
  })

  it('never gains or loses a member, whatever is moved where (property)', () => {
    const ids = members.map((m) => m.id)
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), fc.constantFrom(...PLACEMENTS), fc.option(fc.constantFrom(...ids), { nil: null }), (moving, to, beforeId) => {
        const moved = moveMembers(members, moving, to, beforeId)
        expect(moved.map((m) => m.id).sort()).toEqual([...ids].sort())
        for (const id of moving) expect(moved.find((m) => m.id === id)?.pillar).toBe(to)
      })
    )
  })

  it('gives exactly the order of the plain definition, for few ids and for many (property)', () => {
    // The definition, written plainly: the moved members, in order, before `beforeId` in the
    // remaining list, else after the lane's last member, else at the very end.
    const plainMove = (list: typeof members, moving: string[], to: (typeof PLACEMENTS)[number], beforeId: string | null) => {
      const picked = list.filter((m) => moving.includes(m.id)).map((m) => ({ ...m, pillar: to }))
      if (picked.length === 0) return list
      const rest = list.filter((m) => !moving.includes(m.id))
      let at = rest.findIndex((m) => m.id === beforeId && m.pillar === to)
      if (at === -1) at = rest.findLastIndex((m) => m.pillar === to) + 1 || rest.length
      return [...rest.slice(0, at), ...picked, ...rest.slice(at)]
    }
    const many = workspaceWith(40).members
    const ids = many.map((m) => m.id)
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...PLACEMENTS), fc.option(fc.constantFrom(...ids), { nil: null }), (moving, to, beforeId) => {
        expect(moveMembers(many, moving, to, beforeId)).toEqual(plainMove(many, moving, to, beforeId))
      }),
      { numRuns: 300 }
    )
  })
})

describe('member commands and undo', () => {
  it('undo after any member change restores the exact earlier state', () => {
    const start = workspaceWith(6)
    const commands = [
      { type: 'member/add' as const, member: member({ id: 'new', name: 'New Org' }) },
      { type: 'member/update' as const, id: 'm1', patch: { stage: 'committed' as const, city: 'Bergen' } },
      { type: 'member/remove' as const, ids: ['m2', 'm3'] },
      { type: 'member/move' as const, ids: ['m4'], to: 'investors' as const, beforeId: null },
      { type: 'member/import' as const, members: [member({ id: 'i1' }), member({ id: 'i2' })] },
      { type: 'member/merge' as const, keepId: 'm0', mergeIds: ['m5'] }
    ]
    for (const command of commands) {
      const after = applyCommand(start, command)
      expect(after).not.toBe(start)
      expect(undo(recordChange(emptyHistory, start), after)?.workspace).toEqual(start)
    }
  })

  it('refuses to add a member whose id exists, or to grow past the limit', () => {
    const start = workspaceWith(2)
    expect(applyCommand(start, { type: 'member/add', member: member({ id: 'm0', name: 'Clash' }) })).toBe(start)
  })

  it('merges duplicates: fills empty fields, joins tags and notes, keeps one', () => {
    const members = [member({ id: 'a', name: 'Tern Capital', city: '', tags: ['vc'], notes: 'First' }), member({ id: 'b', name: 'Tern Capital AS', city: 'Oslo', tags: ['vc', 'fund'], notes: 'Second', size: 'sme' })]
    const merged = mergeMembers(members, 'a', ['b'])
    expect(merged).toEqual([{ ...members[0]!, city: 'Oslo', tags: ['vc', 'fund'], notes: 'First\n\nSecond', size: 'sme' }])
  })
})

describe('duplicate detection', () => {
  it('normalises names and websites', () => {
    expect(normalizeName('Skarvik Shipping AS')).toBe('skarvik shipping')
    expect(normalizeName('Société Générale S.A.')).toBe('societe generale')
    expect(normalizeName('Łódź Żegluga Sp. z o.o.')).toBe('lodz zegluga')
    expect(websiteDomain('https://www.Example.org/about')).toBe('example.org')
    expect(websiteDomain('not a site')).toBe('')
  })

  it('finds look-alikes by name or website, and groups them for review', () => {
    const members = [member({ id: 'a', name: 'Tern Capital' }), member({ id: 'b', name: 'Tern Capital AS' }), member({ id: 'c', name: 'Other', website: 'tern.example' }), member({ id: 'd', name: 'Tern Ventures', website: 'https://tern.example/' })]
    expect(findSimilar({ name: 'TERN capital', website: '' }, members).map((hit) => hit.member.id)).toEqual(['a', 'b'])
    expect(duplicateGroups(members).map((group) => group.map((m) => m.id).sort())).toEqual([['a', 'b'], ['c', 'd']])
  })

  it('planning an import normalises each name once: linear, not rows × members', () => {
    const existing = Array.from({ length: 400 }, (_, i) => member({ id: `e${i}`, name: `Existing ${i} GmbH` }))
    const accepted = Array.from({ length: 400 }, (_, i) => ({ row: i + 2, member: member({ id: `n${i}`, name: i === 5 ? 'existing 3' : `New ${i}` }) }))
    const normalize = vi.spyOn(String.prototype, 'normalize')
    const plan = planImport(accepted, existing, false)
    const calls = normalize.mock.calls.length
    normalize.mockRestore()
    expect(plan.duplicates).toEqual([{ row: 7, name: 'existing 3', matches: 'Existing 3 GmbH', reason: 'same name' }])
    expect(plan.members).toHaveLength(399)
    // Each name of the 800 is normalised a small, fixed number of times (the old plan did it 400 × 600 times).
    expect(calls).toBeLessThanOrEqual(3 * 800)
  })

  it('the add-member hint looks up an index built once, so each keystroke normalises only what was typed', () => {
    const members = Array.from({ length: 2_000 }, (_, i) => member({ id: `e${i}`, name: `Existing ${i}`, website: `https://e${i}.example` }))
    const index = createSimilarityIndex(members)
    const normalize = vi.spyOn(String.prototype, 'normalize')
    expect(index.find({ name: 'EXISTING 1999 AS', website: '' }).map((hit) => hit.member.id)).toEqual(['e1999'])
    expect(index.find({ name: 'Other', website: 'e7.example' }).map((hit) => [hit.member.id, hit.reason])).toEqual([['e7', 'same website']])
    expect(normalize.mock.calls.length).toBeLessThanOrEqual(4)
    normalize.mockRestore()
  })
})

describe('editMembers (bulk edit)', () => {
  it('sets pillar and stage and adds and removes tags on the selected members only', () => {
    const members = [member({ id: 'a', tags: ['Blue', 'old'] }), member({ id: 'b', tags: [] }), member({ id: 'c', pillar: 'academia' })]
    const edited = editMembers(members, { ids: ['a', 'b'], pillar: 'investors', stage: 'committed', addTags: ['blue', 'ocean'], removeTags: ['OLD'] })
    expect(edited.map((m) => [m.id, m.pillar, m.stage, m.tags])).toEqual([
      ['a', 'investors', 'committed', ['Blue', 'ocean']],
      ['b', 'investors', 'committed', ['blue', 'ocean']],
      ['c', 'academia', 'prospect', []]
    ])
    expect(editMembers(members, { ids: ['c'], addTags: [], removeTags: [] })).toBe(members)
  })
})

describe('analyzeBalance', () => {
  it('names the gaps in plain words and checks readiness', () => {
    const members = [
      member({ id: 'i', name: 'Big Co', pillar: 'industry', stage: 'committed', size: 'large' }),
      member({ id: 'a', name: 'Uni', pillar: 'academia', stage: 'prospect' }),
      member({ id: 'a2', name: 'Institute', pillar: 'academia', stage: 'in-talks' }),
      member({ id: 'g', name: 'Council', pillar: 'government', stage: 'letter-of-support', size: 'public-body' }),
      member({ id: 'u', name: 'Somebody' })
    ]
    const balance = analyzeBalance(members)
    expect(balance.gaps).toEqual([
      'No entrepreneurs yet.',
      'Government has no committed member yet.',
      'Academia has only prospects and members in talks.',
      'No investors yet.',
      '1 member is not yet placed on a pillar.'
    ])
    expect(balance.checks.map((check) => [check.id, check.met])).toEqual([['committed', false], ['types', false], ['pillars', false]])
    expect(balance.checks[0]!.detail).toBe('1 committed so far; 14 more needed.')
    expect(balance.checks[2]!.detail).toBe('No committed member yet from: Entrepreneurs, Government, Academia, Investors.')
    expect(balance.smeAndStartupShare).toBe(0)
  })

  it('counts in one pass exactly what filtering the list for each figure gives (property)', () => {
    // The plain definition, as it was written before the one-pass count.
    const byFilters = (members: Member[]) => {
      const pillars = PILLARS.map((pillar) => {
        const on = members.filter((m) => m.pillar === pillar)
        const committed = on.filter((m) => m.stage === 'committed').length
        return { pillar, all: on.length, committed, supporting: on.filter((m) => m.stage === 'committed' || m.stage === 'letter-of-support').length }
      })
      const known = members.filter((m) => m.pillar !== 'unassigned' && m.size !== 'unknown')
      const committed = members.filter((m) => m.stage === 'committed')
      return {
        pillars,
        unassigned: members.filter((m) => m.pillar === 'unassigned').length,
        share: known.length ? known.filter((m) => m.size === 'sme' || m.size === 'startup').length / known.length : null,
        committed: committed.length,
        types: [...new Set(committed.map((m) => m.size).filter((size) => size !== 'unknown'))]
      }
    }
    const someMember = fc.record({ pillar: fc.constantFrom(...PLACEMENTS), stage: fc.constantFrom(...MEMBER_STAGES), size: fc.constantFrom(...MEMBER_SIZES) })
    fc.assert(
      fc.property(fc.array(someMember, { maxLength: 40 }), (inputs) => {
        const members = inputs.map((input, index) => member({ id: `m${index}`, ...input }))
        const expected = byFilters(members)
        const balance = analyzeBalance(members)
        expect(balance.pillars.map(({ pillar, all, committed, supporting }) => ({ pillar, all, committed, supporting }))).toEqual(expected.pillars)
        expect(balance.unassigned).toBe(expected.unassigned)
        expect(balance.smeAndStartupShare).toBe(expected.share)
        expect(balance.checks[0]!.detail).toContain(`${expected.committed} committed`)
        // Named in the order the members come in.
        const named = expected.types.map((size) => balance.checks[1]!.detail.toLowerCase().indexOf(SIZE_LABELS[size].toLowerCase()))
        expect(named.every((at, index) => at >= 0 && (index === 0 || at > named[index - 1]!))).toBe(true)
        expect(balance.checks[1]!.met).toBe(expected.types.length >= 2)
      }),
      { numRuns: 300 }
    )
  })
})
