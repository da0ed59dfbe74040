import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nextSteps } from '../../../src/shared/guidance/next-steps'
import { WorkspaceSchema } from '../../../src/shared/workspace/schema'
import { RESOURCES } from '../../support/workspaces'

describe('next steps on the demo, whose strategy is drafted', () => {
  it('name each button for what it does, so no two read the same', async () => {
    const demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
    const actions = nextSteps(demo, { exported: false }).map((step) => step.action)
    expect(actions).toEqual(expect.arrayContaining(['Write the sections', 'Review the drafts']))
    expect(new Set(actions).size).toBe(actions.length)
  })
})
