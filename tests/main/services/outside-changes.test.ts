import { execFileSync } from 'node:child_process'
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SessionView } from '../../../src/shared/ipc'
import { makeBundle, readJson, workspaceWith } from '../../support/workspaces'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const rename = (name: string) => ({ type: 'cluster/update' as const, patch: { name } })

function openView(session: SessionView) {
  if (session.state !== 'open') throw new Error(`expected an open workspace, got ${JSON.stringify(session)}`)
  return session.view
}

/** Another program (a sync client, a colleague's editor) changing workspace.json while it is open. */
describe('changes made to the workspace file by another program', () => {
  const tempDir = useTempDirs()
  const running: { session: { dispose(): Promise<void> } }[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((services) => services.session.dispose()))
  })

  async function openBundle() {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const services = await testServices(join(dir, 'data'))
    running.push(services)
    await services.session.openPath(bundle)
    const edit = async (name: string) => {
      const revision = openView(services.session.getSession()).revision
      services.session.applyCommand({ command: rename(name), baseRevision: revision })
      return services.session.flush()
    }
    const conflicts = async () => (await readdir(bundle)).filter((name) => name.startsWith('workspace.conflict-'))
    return { bundle, file: join(bundle, 'workspace.json'), services, edit, conflicts }
  }

  const theirs = (name: string) => JSON.stringify({ ...workspaceWith(3), cluster: { ...workspaceWith(3).cluster, name } })

  it('keeps one conflict copy per outside change, holding the latest edits', async () => {
    const { file, edit, conflicts, bundle, services } = await openBundle()
    await writeFile(file, theirs('Edited elsewhere'))
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five', 'Six']) expect((await edit(name)).ok).toBe(false)
    const copies = await conflicts()
    expect(copies).toHaveLength(1)
    expect((await readJson(join(bundle, copies[0]!))).cluster.name).toBe('Six')
    expect((await readJson(file)).cluster.name).toBe('Edited elsewhere')
    const status = services.session.getSession()
    expect(status.state === 'open' && status.status).toMatchObject({ state: 'failed', conflictFile: join(bundle, copies[0]!) })
  })

  it('treats a bare touch as no change', async () => {
    const { file, edit, conflicts } = await openBundle()
    const later = new Date(Date.now() + 60_000)
    await utimes(file, later, later)
    expect(await edit('Mine')).toEqual({ ok: true })
    expect(await conflicts()).toEqual([])
    expect((await readJson(file)).cluster.name).toBe('Mine')
  })

  it.skipIf(process.platform === 'win32')('notices a same-size edit in place whose modification time was put back', async () => {
    const { file, edit, conflicts } = await openBundle()
    const before = await stat(file)
    // touch -r copies nanosecond times; utimes with a Date would round them and give the edit away.
    const reference = `${file}.time`
    await writeFile(reference, '')
    execFileSync('touch', ['-r', file, reference])
    const text = await readFile(file, 'utf8')
    const name = (await readJson(file)).cluster.name as string
    const sameSize = text.replace(`"${name}"`, `"${name.startsWith('Z') ? 'Y' : 'Z'}${name.slice(1)}"`)
    expect(sameSize).not.toBe(text)
    await writeFile(file, sameSize)
    execFileSync('touch', ['-r', reference, file])
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs)
    expect((await stat(file)).size).toBe(before.size)
    expect((await edit('Mine')).ok).toBe(false)
    expect(await conflicts()).toHaveLength(1)
    expect(await readFile(file, 'utf8')).toBe(sameSize)
  })

  it("lets the user keep their version, or use the file's", async () => {
    const mine = await openBundle()
    await writeFile(mine.file, theirs('Edited elsewhere'))
    await mine.edit('Mine')
    openView(await mine.services.session.resolveOutsideChange({ keep: 'mine' }))
    expect((await readJson(mine.file)).cluster.name).toBe('Mine')
    expect(await mine.edit('Mine again')).toEqual({ ok: true })

    const file = await openBundle()
    await writeFile(file.file, theirs('Edited elsewhere'))
    await file.edit('Mine')
    const view = openView(await file.services.session.resolveOutsideChange({ keep: 'theirs' }))
    expect(view.workspace.cluster.name).toBe('Edited elsewhere')
    expect((await readJson(join(file.bundle, (await file.conflicts())[0]!))).cluster.name).toBe('Mine')
  })
})
