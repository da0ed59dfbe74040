import { describe, expect, it } from 'vitest'
import { applyCommand, WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import type { Workspace } from '../../../src/shared/workspace/schema'
import { member, workspaceWith } from '../../support/workspaces'

const run = (workspace: Workspace, command: WorkspaceCommandInput) => applyCommand(workspace, WorkspaceCommandSchema.parse(command))

/** An edit changes only what it names: zod's defaults must never fill in the fields it leaves out. */
describe('partial updates', () => {
  it('renaming the cluster keeps its region, sector and description', () => {
    const base = workspaceWith(1)
    const detailed = run(base, { type: 'cluster/update', patch: { region: 'Kestrel Coast', sector: 'Ocean tech', description: 'Why we exist.' } })
    const renamed = run(detailed, { type: 'cluster/update', patch: { name: 'Harbour Tech' } })
    expect(renamed.cluster).toMatchObject({ name: 'Harbour Tech', region: 'Kestrel Coast', sector: 'Ocean tech', description: 'Why we exist.' })
  })

  it('editing one field of a member keeps every other field', () => {
    const base = { ...workspaceWith(0), members: [member({ id: 'm1', name: 'Kelpworks', pillar: 'entrepreneurs', stage: 'committed', city: 'Bergen', tags: ['seaweed'] })] }
    const edited = run(base, { type: 'member/update', id: 'm1', patch: { website: 'https://kelp.example' } })
    expect(edited.members[0]).toMatchObject({ name: 'Kelpworks', pillar: 'entrepreneurs', stage: 'committed', city: 'Bergen', tags: ['seaweed'], website: 'https://kelp.example' })
  })

  it('strategy sections and team resources likewise', () => {
    const patch = WorkspaceCommandSchema.parse({ type: 'strategy/update-section', id: 's1', patch: { title: 'Vision' } })
    expect(patch).toEqual({ type: 'strategy/update-section', id: 's1', patch: { title: 'Vision' } })
    const resource = WorkspaceCommandSchema.parse({ type: 'library/update-resource', id: 'r1', patch: { title: 'Plan' } })
    expect(resource).toEqual({ type: 'library/update-resource', id: 'r1', patch: { title: 'Plan' } })
  })
})
