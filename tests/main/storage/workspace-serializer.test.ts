import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/workspace/commands'
import { serializeWorkspace } from '../../../src/main/storage/workspace-serializer'
import { member, workspaceWith } from '../../support/workspaces'

const asText = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

describe('serializeWorkspace', () => {
  it('writes exactly JSON.stringify of the workspace and a newline', () => {
    for (const workspace of [workspaceWith(0), workspaceWith(3), { ...workspaceWith(2), members: [member({ id: 'q', name: 'Blåbær "AS" \\ Ελληνική', tags: ['a', 'ß'], notes: 'line\nbreak\ttab' })] }]) {
      expect(asText(serializeWorkspace(workspace))).toBe(`${JSON.stringify(workspace)}\n`)
    }
  })

  it('reuses unchanged members and re-encodes the one a command changed', () => {
    const before = workspaceWith(5)
    expect(asText(serializeWorkspace(before))).toBe(`${JSON.stringify(before)}\n`)
    const id = before.members[2]!.id
    const after = applyCommand(before, { type: 'member/update', id, patch: { name: 'Renamed Æøå' } })
    const saved = JSON.parse(asText(serializeWorkspace(after)))
    expect(saved).toEqual(JSON.parse(JSON.stringify(after)))
    expect(saved.members[2].name).toBe('Renamed Æøå')
    // and the earlier state still serialises as it was
    expect(JSON.parse(asText(serializeWorkspace(before))).members[2].name).toBe(before.members[2]!.name)
  })

  it('freezes members once saved, so changing one in place fails instead of saving stale data', () => {
    const workspace = workspaceWith(2)
    serializeWorkspace(workspace)
    const saved = workspace.members[0]!
    expect(() => {
      ;(saved as { name: string }).name = 'changed in place'
    }).toThrow(TypeError)
    expect(() => (saved.tags as string[]).push('x')).toThrow(TypeError)
  })
})
