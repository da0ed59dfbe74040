import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addReadinessAnswers, migrateWorkspace } from '../../../src/shared/workspace/migrations'
import { SCHEMA_VERSION, WorkspaceSchema } from '../../../src/shared/workspace/schema'
import { ROOT } from '../../support/workspaces'

describe('format 4 to 5: readiness answers', () => {
  it('adds an empty set of answers and leaves everything else as it was', () => {
    const doc = { schemaVersion: 4, cluster: { name: 'X' }, members: [1] }
    expect(addReadinessAnswers(doc)).toEqual({ ...doc, readiness: { answers: {} } })
    expect(doc).not.toHaveProperty('readiness')
  })

  it('brings the frozen version 4 demo up to the current format, valid', async () => {
    const raw: unknown = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'workspaces', 'v4-with-logo.json'), 'utf8'))
    const outcome = migrateWorkspace(raw)
    if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}`)
    expect(outcome.from).toBe(4)
    const workspace = WorkspaceSchema.parse(outcome.doc)
    expect(workspace.schemaVersion).toBe(SCHEMA_VERSION)
    expect(workspace.readiness).toEqual({ answers: {} })
  })
})
