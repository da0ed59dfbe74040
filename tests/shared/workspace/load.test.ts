import { describe, expect, it } from 'vitest'
import { interpretWorkspace } from '../../../src/shared/workspace/load'
import { migrateWorkspace, type Migration } from '../../../src/shared/workspace/migrations'
import { SCHEMA_VERSION } from '../../../src/shared/workspace/schema'
import { workspaceWith } from '../../support/workspaces'

describe('migrateWorkspace', () => {
  const steps: Migration[] = [
    { from: 1, migrate: (doc) => ({ ...doc, renamed: doc.old, old: undefined }) },
    { from: 2, migrate: (doc) => ({ ...doc, added: true }) }
  ]

  it('applies each step in order and never mutates the input', () => {
    const raw = { schemaVersion: 1, old: 'x' }
    const outcome = migrateWorkspace(raw, steps, 3)
    expect(outcome).toEqual({ kind: 'migrated', from: 1, doc: { schemaVersion: 3, renamed: 'x', old: undefined, added: true } })
    expect(raw).toEqual({ schemaVersion: 1, old: 'x' })
  })

  it('is idempotent on a current document', () => {
    const outcome = migrateWorkspace({ schemaVersion: 3, a: 1 }, steps, 3)
    expect(outcome).toEqual({ kind: 'current', doc: { schemaVersion: 3, a: 1 } })
  })

  it('reports newer versions and missing steps', () => {
    expect(migrateWorkspace({ schemaVersion: 9 }, steps, 3)).toEqual({ kind: 'newer', version: 9 })
    expect(migrateWorkspace({ schemaVersion: 1 }, [], 3)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('no migration from schemaVersion 1') })
  })

  it.each([null, 0, false, '', [], [1, 2, 3], { schemaVersion: '1' }, { schemaVersion: 0 }, { schemaVersion: 1.5 }])(
    'refuses %j',
    (raw) => {
      expect(migrateWorkspace(raw, steps, 3).kind).toBe('invalid')
    }
  )
})

describe('interpretWorkspace', () => {
  it('accepts a current workspace', () => {
    const result = interpretWorkspace(workspaceWith(2))
    expect(result).toMatchObject({ ok: true, migratedFrom: null, readOnlyReason: null })
  })

  it('opens a newer version read-only, keeping what it understands', () => {
    const future = { ...workspaceWith(2), schemaVersion: SCHEMA_VERSION + 1, somethingNew: [1] }
    const result = interpretWorkspace(future)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.readOnlyReason).toMatch(/newer version/)
      expect(result.workspace.members).toHaveLength(2)
    }
  })

  it('names the first problem in plain words', () => {
    const broken = { ...workspaceWith(1), members: [{ id: 'x', name: '' }] }
    const result = interpretWorkspace(broken)
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('members.0.name: a member needs a name') })
  })

  it('rejects ids that could become paths, and absurd strings', () => {
    expect(interpretWorkspace({ ...workspaceWith(0), id: '../../etc' }).ok).toBe(false)
    const huge = workspaceWith(0)
    expect(interpretWorkspace({ ...huge, cluster: { ...huge.cluster, name: 'x'.repeat(10_000) } }).ok).toBe(false)
  })
})
