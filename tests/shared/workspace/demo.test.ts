import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PILLARS } from '../../../src/shared/pillars'
import { WorkspaceSchema } from '../../../src/shared/workspace/schema'
import { summarizeWorkspace } from '../../../src/shared/workspace/summary'
import { RESOURCES } from '../../support/workspaces'

describe('the bundled demo workspace', () => {
  it('is valid, labelled as an example, and has a few dozen members on every pillar', async () => {
    const raw: unknown = JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8'))
    const demo = WorkspaceSchema.parse(raw)
    expect(demo.cluster.example).toBe(true)
    expect(demo.members.length).toBeGreaterThanOrEqual(24)
    const summary = summarizeWorkspace(demo)
    for (const pillar of PILLARS) expect(summary.perPillar[pillar].all).toBeGreaterThan(0)
    expect(new Set(demo.members.map((m) => m.id)).size).toBe(demo.members.length)
  })
})
