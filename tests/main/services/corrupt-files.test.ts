import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../support/workspaces'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'workspaces')

describe('opening damaged workspace files', () => {
  const tempDir = useTempDirs()

  async function openFixture(name: string) {
    const dir = await tempDir()
    const bundle = join(dir, `${name}.cluster`)
    await mkdir(bundle)
    const file = join(bundle, 'workspace.json')
    await copyFile(join(FIXTURES, name), file)
    const before = await readFile(file)
    const services = await testServices(join(dir, 'data'))
    const session = await services.session.openPath(bundle)
    return { services, session, file, before }
  }

  it.each([
    ['empty.json', 'the file is empty'],
    ['truncated.json', 'not valid JSON'],
    ['nul-bytes.json', 'NUL bytes'],
    ['null.json', 'does not contain a workspace object'],
    ['wrong-shape.json', 'does not contain a workspace object'],
    ['missing-version.json', 'no valid schemaVersion'],
    ['deep.json', 'nested 10000 levels deep'],
    ['invalid-member.json', 'members.0.pillar'],
    ['invalid-utf8.json', 'not valid UTF-8']
  ])('%s: shows the problem and never changes the file', async (name, reason) => {
    const { services, session, file, before } = await openFixture(name)
    expect(session.state).toBe('closed')
    if (session.state !== 'closed') return
    expect(session.failure?.location).toBe(file)
    expect(session.failure?.reason).toContain(reason)
    // Edits are refused while nothing is open, and closing cannot write either.
    expect(() => services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'X' } }, baseRevision: 0 })).toThrow()
    await services.session.closeWorkspace()
    expect(await readFile(file)).toEqual(before)
  })

  it('a file with a byte-order mark opens normally, and is not rewritten just by opening it', async () => {
    const { services, session, file, before } = await openFixture('bom.json')
    expect(session.state).toBe('open')
    await services.session.dispose()
    expect(await readFile(file)).toEqual(before)
  })

  it('a file from a newer version opens read-only and is never written', async () => {
    const { services, session, file, before } = await openFixture('future-version.json')
    expect(session.state).toBe('open')
    if (session.state !== 'open') return
    expect(session.view.readOnlyReason).toMatch(/newer version/)
    expect(session.status).toMatchObject({ state: 'read-only' })
    expect(() =>
      services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'Changed' } }, baseRevision: 0 })
    ).toThrow(/newer version/)
    await services.session.dispose()
    expect(await readFile(file)).toEqual(before)
  })
})
