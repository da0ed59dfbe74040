import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addComments, migrateWorkspace } from '../../../src/shared/workspace/migrations'
import { SCHEMA_VERSION, WorkspaceSchema } from '../../../src/shared/workspace/schema'
import { ROOT } from '../../support/workspaces'

describe('format 5 to 6: comments', () => {
  it('adds an empty list of comments and leaves everything else as it was', () => {
    const doc = { schemaVersion: 5, cluster: { name: 'X' }, members: [1] }
    expect(addComments(doc)).toEqual({ ...doc, comments: [] })
    expect(doc).not.toHaveProperty('comments')
  })

  it('brings the frozen version 5 demo up to the current format with no comments, its strategy untouched', async () => {
    const raw = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'workspaces', 'v5-before-comments.json'), 'utf8')) as { strategy: unknown }
    const outcome = migrateWorkspace(raw)
    if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}`)
    expect(outcome.from).toBe(5)
    const workspace = WorkspaceSchema.parse(outcome.doc)
    expect(workspace.schemaVersion).toBe(SCHEMA_VERSION)
    expect(workspace.comments).toEqual([])
    expect(workspace.strategy).toEqual(WorkspaceSchema.shape.strategy.parse(raw.strategy))
    expect(workspace.strategy.sections.length).toBeGreaterThan(0)
  })
})
