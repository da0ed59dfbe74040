import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/workspace/commands'
import { serializeWorkspace } from '../../../src/main/storage/workspace-serializer'
import { member, workspaceWith } from '../../support/workspaces'

const asText = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')
/** What JSON.stringify writes, with characters beyond ASCII as \u escapes (as Python's json.dumps does). */
const asciiStringify = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

describe('serializeWorkspace', () => {
  it('writes JSON.stringify of the workspace and a newline, in ASCII, which parses back to the same data', () => {
    const international = member({ id: 'q', name: 'Blåbær "AS" \\ Ελληνική 北極 🐟', tags: ['a', 'ß', '\u{1F30A}'], notes: 'line\nbreak\ttab \u2028 end' })
    const base = workspaceWith(2)
    for (const workspace of [workspaceWith(0), workspaceWith(3), { ...base, cluster: { ...base.cluster, name: 'Klynge Nord – Æøå' }, members: [international] }]) {
      const bytes = serializeWorkspace(workspace)
      expect(bytes.every((byte) => byte < 0x80)).toBe(true)
      expect(asText(bytes)).toBe(`${asciiStringify(workspace)}\n`)
      expect(JSON.parse(asText(bytes))).toEqual(JSON.parse(JSON.stringify(workspace)))
    }
    expect(asText(serializeWorkspace({ ...workspaceWith(0), members: [international] }))).toContain('Bl\\u00e5b\\u00e6r \\"AS\\" \\\\ \\u0395')
  })

  it('reuses unchanged members and re-encodes the one a command changed', () => {
    const before = workspaceWith(5)
    expect(asText(serializeWorkspace(before))).toBe(`${asciiStringify(before)}\n`)
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
