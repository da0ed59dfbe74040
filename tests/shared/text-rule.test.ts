import { describe, expect, it } from 'vitest'
import { WorkspaceCommandSchema } from '../../src/shared/workspace/commands'
import { WorkspaceSchema } from '../../src/shared/workspace/schema'
import { member, workspaceWith } from '../support/workspaces'

/** Characters no name or note should carry: invisible, spoofing, or impossible to encode. */
const HOSTILE = {
  'a C1 control (NEL)': '\u0085',
  'a right-to-left override': '\u202E',
  'a bidi isolate': '\u2067',
  'a lone high surrogate': '\uD800',
  'a lone low surrogate': '\uDC00'
}

/** SECURITY.md, "Text": one rule for every field, whichever way the text comes in. */
describe('the one rule for text', () => {
  it.each(Object.entries(HOSTILE))('removes %s from typed cluster and member fields alike', (_, char) => {
    const cluster = WorkspaceCommandSchema.parse({ type: 'cluster/update', patch: { name: `Harbour${char}fdp.exe`, description: `One${char}\ntwo` } })
    expect(cluster).toMatchObject({ patch: { name: 'Harbourfdp.exe', description: 'One\ntwo' } })
    const added = WorkspaceCommandSchema.parse({ type: 'member/add', member: { ...member({ id: 'm1', name: `Acme${char}` }) } })
    expect(added).toMatchObject({ member: { name: 'Acme' } })
  })

  it('keeps a correct surrogate pair (an emoji) and right-to-left text as they are', () => {
    const cluster = WorkspaceCommandSchema.parse({ type: 'cluster/update', patch: { name: 'Fish 🐟 مجموعة' } })
    expect(cluster).toMatchObject({ patch: { name: 'Fish 🐟 مجموعة' } })
  })

  it('refuses a C0 control in any field of a file, cluster as members, naming the field', () => {
    const base = workspaceWith(1)
    const clusterBad = WorkspaceSchema.safeParse({ ...base, cluster: { ...base.cluster, name: 'Harbour\u0000Tech' } })
    const memberBad = WorkspaceSchema.safeParse({ ...base, members: [{ ...base.members[0]!, name: 'Acme\u0000' }] })
    for (const result of [clusterBad, memberBad]) {
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('contains control characters')
    }
  })

  it('removes C1 and bidi controls and lone surrogates that an older version stored, as the file loads', () => {
    const base = workspaceWith(1)
    const loaded = WorkspaceSchema.parse({ ...base, cluster: { ...base.cluster, name: 'Harbour\u202ETech' }, members: [{ ...base.members[0]!, name: 'Acme\u0085\uD800' }] })
    expect(loaded.cluster.name).toBe('HarbourTech')
    expect(loaded.members[0]!.name).toBe('Acme')
  })

  it('refuses keys that name object internals in every record keyed by ids', () => {
    const base = workspaceWith(0)
    for (const key of ['constructor', 'prototype', 'clear-vision']) {
      const answers = WorkspaceSchema.safeParse({ ...base, readiness: { ...base.readiness, answers: { [key]: { answer: 'yes', note: '', updatedAt: '2026-01-01T00:00:00.000Z' } } } })
      expect(answers.success, key).toBe(key === 'clear-vision')
    }
  })
})
