import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readWorkspaceFile } from '../../../src/main/storage/workspace-file'
import { serializeWorkspace } from '../../../src/main/storage/workspace-serializer'
import { member, workspaceWith } from '../../support/workspaces'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-wsfile-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const international = () => {
  const base = workspaceWith(1)
  return { ...base, cluster: { ...base.cluster, name: 'Klynge Nord – Æøå' }, members: [...base.members, member({ id: 'intl', name: 'Ελληνική Θάλασσα 北極 🐟', notes: 'first\nsecond' })] }
}

describe('readWorkspaceFile', () => {
  it('reads what the app writes (ASCII with \\u escapes) back to the same workspace', async () => {
    const workspace = international()
    const file = join(dir, 'workspace.json')
    await writeFile(file, serializeWorkspace(workspace))
    const loaded = await readWorkspaceFile(file)
    expect(loaded.workspace).toEqual(JSON.parse(JSON.stringify(workspace)))
    expect(loaded.workspace.members[1]!.name).toBe('Ελληνική Θάλασσα 北極 🐟')
  })

  it('reads a file written as plain UTF-8 (older versions, or edited by hand) to the same workspace', async () => {
    const workspace = international()
    const file = join(dir, 'workspace.json')
    await writeFile(file, `${JSON.stringify(workspace, null, 2)}\n`, 'utf8')
    const loaded = await readWorkspaceFile(file)
    expect(loaded.workspace).toEqual(JSON.parse(JSON.stringify(workspace)))
    expect(loaded.text).toBe(`${JSON.stringify(workspace, null, 2)}\n`)
  })
})
