import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLACEMENTS } from '../../../src/shared/pillars'
import type { SharedWorkspace } from '../../../src/shared/sync/shared-workspace'
import { workspaceWith } from '../../support/workspaces'
import { exchange, exchangeAll, replicasOf, run, view } from './replicas'

/**
 * Five laptops edit one workspace with random commands while the network splits them at
 * random; once everyone has met, every laptop shows the same workspace and no command's effect
 * is lost (a deletion wins over concurrent edits of what it deleted, as documented).
 */
type Step =
  | { kind: 'add'; at: number }
  | { kind: 'rename'; at: number; pick: number }
  | { kind: 'move'; at: number; pick: number; to: number; before: number }
  | { kind: 'remove'; at: number; pick: number }
  | { kind: 'type'; at: number; offset: number }
  | { kind: 'mark'; at: number; item: number }
  | { kind: 'comment'; at: number; pick: number }
  | { kind: 'meet'; at: number; other: number }

const at = fc.nat({ max: 4 })
const pick = fc.nat({ max: 1000 })
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), at }),
  fc.record({ kind: fc.constant('rename' as const), at, pick }),
  fc.record({ kind: fc.constant('move' as const), at, pick, to: fc.nat({ max: PLACEMENTS.length - 1 }), before: pick }),
  fc.record({ kind: fc.constant('remove' as const), at, pick }),
  fc.record({ kind: fc.constant('type' as const), at, offset: pick }),
  fc.record({ kind: fc.constant('mark' as const), at, item: fc.nat({ max: 20 }) }),
  fc.record({ kind: fc.constant('comment' as const), at, pick }),
  fc.record({ kind: fc.constant('meet' as const), at, other: at }),
  fc.record({ kind: fc.constant('meet' as const), at, other: at })
)

const START = (() => {
  const base = workspaceWith(8)
  const section = { id: 's1', title: 'Vision', markdown: 'Start.', status: 'draft' as const, templateSectionId: null, startsPart: false }
  return { ...base, strategy: { ...base.strategy, started: true, sections: [section] } }
})()

type Expected = { added: Set<string>; removed: Set<string>; names: Map<string, Set<string>>; pillars: Map<string, Set<string>>; tokens: string[]; marked: Set<string>; comments: Set<string>; replies: Set<string> }

function perform(replica: SharedWorkspace, action: Exclude<Step, { kind: 'meet' }>, serial: number, expected: Expected) {
  const ids = view(replica).members.map((m) => m.id)
  const chosen = (index: number) => ids[index % ids.length]!
  switch (action.kind) {
    case 'add': {
      const id = `n${serial}`
      expected.added.add(id)
      expected.names.set(id, new Set([`New ${serial}`]))
      expected.pillars.set(id, new Set(['unassigned']))
      return run(replica, { type: 'member/add', member: { id, name: `New ${serial}` } })
    }
    case 'rename': {
      if (!ids.length) return
      const name = `Renamed ${serial} ÆØÅ`
      expected.names.get(chosen(action.pick))?.add(name)
      return run(replica, { type: 'member/update', id: chosen(action.pick), patch: { name } })
    }
    case 'move': {
      if (!ids.length) return
      const to = PLACEMENTS[action.to]!
      const id = chosen(action.pick)
      const before = chosen(action.before)
      expected.pillars.get(id)?.add(to)
      return run(replica, { type: 'member/move', ids: [id], to, beforeId: before === id ? null : before })
    }
    case 'remove':
      if (!ids.length) return
      expected.removed.add(chosen(action.pick))
      return run(replica, { type: 'member/remove', ids: [chosen(action.pick)] })
    case 'type': {
      const text = view(replica).strategy.sections[0]!.markdown
      const token = `<${serial}>`
      // Only at token boundaries, so a later insert never splits an earlier token.
      const boundaries = [0, ...[...text.matchAll(/>/g)].map((match) => match.index + 1), text.length]
      const where = boundaries[action.offset % boundaries.length]!
      expected.tokens.push(token)
      return run(replica, { type: 'strategy/update-section', id: 's1', patch: { markdown: text.slice(0, where) + token + text.slice(where) } })
    }
    case 'comment': {
      // A new thread, or (every other time) a reply to a thread this laptop already has.
      const threads = view(replica).comments
      const at = '2026-03-01T10:00:00.000Z'
      if (action.pick % 2 === 0 || !threads.length) {
        expected.comments.add(`c${serial}`)
        return run(replica, { type: 'comment/add', comment: { id: `c${serial}`, sectionId: 's1', author: `Laptop ${action.at}`, createdAt: at, body: `Comment ${serial}` } })
      }
      expected.replies.add(`r${serial}`)
      return run(replica, { type: 'comment/reply', id: threads[action.pick % threads.length]!.id, reply: { id: `r${serial}`, author: `Laptop ${action.at}`, at, body: `Reply ${serial}` } })
    }
    case 'mark':
      expected.marked.add(`item-${action.item}`)
      return run(replica, { type: 'library/mark', ids: [`item-${action.item}`], read: true, at: '2026-03-01T10:00:00.000Z' })
  }
}

describe('five replicas under random partitions', () => {
  it('converge to one workspace that keeps every command’s effect', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const replicas = replicasOf(START, 5)
        const expected: Expected = {
          added: new Set(),
          removed: new Set(),
          names: new Map(START.members.map((m) => [m.id, new Set([m.name])])),
          pillars: new Map(START.members.map((m) => [m.id, new Set([m.pillar])])),
          tokens: [],
          marked: new Set(),
          comments: new Set(),
          replies: new Set()
        }
        steps.forEach((action, serial) => {
          if (action.kind === 'meet') exchange(replicas[action.at]!, replicas[action.other]!)
          else perform(replicas[action.at]!, action, serial, expected)
        })
        exchangeAll(replicas)

        const final = view(replicas[0]!)
        for (const replica of replicas) expect(view(replica)).toEqual(final)
        const ids = final.members.map((m) => m.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of expected.removed) expect(ids).not.toContain(id)
        for (const id of expected.added) if (!expected.removed.has(id)) expect(ids).toContain(id)
        for (const m of final.members) {
          expect(expected.names.get(m.id)).toContain(m.name)
          expect(expected.pillars.get(m.id)).toContain(m.pillar)
        }
        for (const token of expected.tokens) expect(final.strategy.sections[0]!.markdown).toContain(token)
        for (const id of expected.marked) expect(Object.keys(final.library.read)).toContain(id)
        expect(new Set(final.comments.map((c) => c.id))).toEqual(expected.comments)
        expect(new Set(final.comments.flatMap((c) => c.replies.map((r) => r.id)))).toEqual(expected.replies)
      }),
      { numRuns: 150 }
    )
  })
})
