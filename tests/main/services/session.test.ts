import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { SessionView } from '../../../src/shared/ipc'
import { makeBundle, readJson, workspaceWith } from '../../support/workspaces'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const rename = (name: string) => ({ type: 'cluster/update' as const, patch: { name } })

function openView(session: SessionView) {
  if (session.state !== 'open') throw new Error(`expected an open workspace, got ${JSON.stringify(session)}`)
  return session.view
}

describe('the session service', () => {
  const tempDir = useTempDirs()

  it('opens the labelled demo on first run, and the last workspace after that', async () => {
    const dir = await tempDir()
    const first = await testServices(dir)
    const demo = openView(await first.session.start())
    expect(demo.workspace.cluster.example).toBe(true)
    expect(demo.location).toContain(dir)
    await first.session.dispose()

    const second = await testServices(dir)
    expect(openView(await second.session.start()).location).toBe(demo.location)
    await second.session.closeWorkspace()
    await second.session.dispose()

    const third = await testServices(dir)
    const closed = await third.session.start()
    expect(closed).toMatchObject({ state: 'closed', failure: null })
  })

  it('creates a workspace where the user chooses, saves edits to disk, and they survive a restart', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    services.answers.push(join(dir, 'Harbour Tech'))
    const view = openView(await services.session.newWorkspace({ name: 'Harbour Tech' }))
    expect(view.location).toBe(join(dir, 'Harbour Tech.cluster'))
    expect(await readdir(view.location)).toEqual(expect.arrayContaining(['workspace.json', 'attachments', '.lock']))

    services.session.applyCommand({ command: rename('Harbour Ocean Tech'), baseRevision: 0 })
    await vi.waitFor(async () => expect((await readJson(join(view.location, 'workspace.json'))).cluster.name).toBe('Harbour Ocean Tech'))
    // The file is renamed into place a moment before the status is reported.
    await vi.waitFor(() => expect(services.events.some((e) => e.event === 'onSaveStatus' && (e.payload as { state: string }).state === 'saved')).toBe(true))
    await services.session.dispose()

    const again = await testServices(join(dir, 'data'))
    expect(openView(await again.session.start()).workspace.cluster.name).toBe('Harbour Ocean Tech')
    await again.session.dispose()
  })

  it('refuses to create a workspace over an existing folder', async () => {
    const dir = await tempDir()
    const existing = await makeBundle(dir)
    const services = await testServices(join(dir, 'data'))
    services.answers.push(existing)
    await expect(services.session.newWorkspace({ name: 'Test' })).rejects.toMatchObject({ code: 'already-exists' })
  })

  it('rejects a command built on a stale revision', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir))
    services.session.applyCommand({ command: rename('A'), baseRevision: 0 })
    expect(() => services.session.applyCommand({ command: rename('B'), baseRevision: 0 })).toThrow(/changed meanwhile/)
    await services.session.dispose()
  })

  it('lets a second instance open the same workspace only read-only', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const first = await testServices(join(dir, 'one'))
    const second = await testServices(join(dir, 'two'))
    expect(openView(await first.session.openPath(bundle)).readOnlyReason).toBeNull()
    const view = openView(await second.session.openPath(bundle))
    expect(view.readOnlyReason).toMatch(/another Cluster Workbench window/)
    expect(() => second.session.applyCommand({ command: rename('X'), baseRevision: 0 })).toThrow()
    await first.session.dispose()
    await second.session.dispose()
  })

  it('never overwrites a file another program changed; keeps both versions and says so', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const file = join(bundle, 'workspace.json')
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(bundle)
    const theirs = { ...workspaceWith(3), cluster: { ...workspaceWith(3).cluster, name: 'Edited elsewhere' } }
    await new Promise((resolve) => setTimeout(resolve, 20)) // a different mtime
    await writeFile(file, JSON.stringify(theirs))
    services.session.applyCommand({ command: rename('Mine'), baseRevision: 0 })
    await vi.waitFor(() => {
      const last = services.events.filter((e) => e.event === 'onSaveStatus').at(-1)?.payload
      expect(last).toMatchObject({ state: 'failed', retrying: false, reason: expect.stringContaining('changed by another program') })
    })
    expect((await readJson(file)).cluster.name).toBe('Edited elsewhere')
    const conflict = (await readdir(bundle)).find((name) => name.startsWith('workspace.conflict-'))
    expect(conflict).toBeDefined()
    expect((await readJson(join(bundle, conflict!))).cluster.name).toBe('Mine')
    // The conflict copy holds every edit, so closing loses nothing and is always possible.
    expect(await services.session.closeWorkspace()).toMatchObject({ state: 'closed' })
  })

  it('keeps the previous save as .bak and offers it when the workspace is damaged', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const file = join(bundle, 'workspace.json')
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(bundle)
    services.session.applyCommand({ command: rename('First save'), baseRevision: 0 })
    await services.session.flush()
    services.session.applyCommand({ command: rename('Second save'), baseRevision: 1 })
    await services.session.flush()
    await services.session.closeWorkspace()
    expect((await readJson(`${file}.bak`)).cluster.name).toBe('First save')

    await writeFile(file, '{"schemaVersion": 1, "cut off')
    const failed = await services.session.openPath(bundle)
    expect(failed.state === 'closed' && failed.failure?.backups.map((b) => b.id)).toContain('previous-save')
    const snapshots = failed.state === 'closed' ? failed.failure!.backups.filter((b) => b.id.startsWith('snapshot-')) : []
    expect(snapshots.length).toBeGreaterThan(0) // the first save of a session takes a snapshot

    const restored = openView(await services.session.restoreBackup({ backupId: 'previous-save' }))
    expect(restored.workspace.cluster.name).toBe('First save')
    const damaged = (await readdir(bundle)).find((name) => name.startsWith('workspace.damaged-'))
    expect(await readFile(join(bundle, damaged!), 'utf8')).toBe('{"schemaVersion": 1, "cut off')
    await services.session.dispose()
  })

  it('refuses to restore a backup over a damaged file it cannot move aside', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const file = join(bundle, 'workspace.json')
    const at = new Date('2026-03-01T10:00:00.000Z')
    const services = await testServices(join(dir, 'data'), { now: () => at })
    await services.session.openPath(bundle)
    services.session.applyCommand({ command: rename('Saved'), baseRevision: 0 })
    await services.session.flush()
    await services.session.closeWorkspace()
    await writeFile(file, '{"damaged but precious')
    await services.session.openPath(bundle)
    // A folder where the damaged copy would go makes the move fail.
    await mkdir(join(bundle, 'workspace.damaged-2026-03-01T10-00-00-000Z.json', 'in-the-way'), { recursive: true })

    await expect(services.session.restoreBackup({ backupId: 'previous-save' })).rejects.toMatchObject({ code: 'io' })
    expect(await readFile(file, 'utf8')).toBe('{"damaged but precious')
  })

  it('Save As writes a copy with its own id and switches to it, leaving the original as it was', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(bundle)
    services.session.applyCommand({ command: rename('Copied'), baseRevision: 0 })
    services.answers.push(join(dir, 'Copy'))
    const copy = openView(await services.session.saveWorkspaceAs())
    expect(copy.location).toBe(join(dir, 'Copy.cluster'))
    expect(copy.workspace.cluster.name).toBe('Copied')
    const original = await readJson(join(bundle, 'workspace.json'))
    expect(copy.workspace.id).not.toBe(original.id)
    await services.session.dispose()
  })

  it('undo and redo restore exact states and are saved', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    const opened = openView(await services.session.openPath(await makeBundle(dir)))
    // cluster edits are not undoable (fields have their own undo): nothing to undo
    services.session.applyCommand({ command: rename('Edited'), baseRevision: 0 })
    expect(openView(services.session.undo()).workspace.cluster.name).toBe('Edited')
    expect(opened.canUndo).toBe(false)
    await services.session.dispose()
  })

  it('remembers recent workspaces, most recent first, and can forget one', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    const a = await makeBundle(dir, workspaceWith(1), 'A.cluster')
    const b = await makeBundle(dir, workspaceWith(1), 'B.cluster')
    await services.session.openPath(a)
    await services.session.openPath(b)
    const closed = await services.session.closeWorkspace()
    if (closed.state !== 'closed') throw new Error('expected closed')
    expect(closed.recent.map((entry) => entry.name)).toEqual(['B', 'A'])
    const reopened = openView(await services.session.openWorkspace({ from: 'recent', id: closed.recent[1]!.id }))
    expect(reopened.fileName).toBe('A')
    const after = await services.session.forgetRecent({ id: closed.recent[0]!.id })
    expect(after.state).toBe('open')
    await services.session.closeWorkspace()
    const final = services.session.getSession()
    expect(final.state === 'closed' && final.recent.map((entry) => entry.name)).toEqual(['A'])
    expect((await stat(join(dir, 'data', 'app-state.json'))).isFile()).toBe(true)
  })
})
