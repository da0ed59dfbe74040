import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { SaveStatus } from '../../../src/shared/ipc'
import { faultyFs } from '../../support/faulty-fs'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, readJson, workspaceWith } from '../../support/workspaces'

const statuses = (events: { event: string; payload: unknown }[]) =>
  events.filter((e) => e.event === 'onSaveStatus').map((e) => e.payload as SaveStatus)

describe('saving when the disk misbehaves', () => {
  const tempDir = useTempDirs()

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
    ['EIO', 'input/output error']
  ])('%s: says "Not saved" with the reason, keeps the file byte-identical, leaves no temp files, then saves once it can', async (code, reason) => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir, workspaceWith(20))
    const file = join(bundle, 'workspace.json')
    const before = await readFile(file)
    const { fs, control } = faultyFs()
    const services = await testServices(join(dir, 'data'), { fs })
    await services.session.openPath(bundle)

    control.failWith = code
    services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'After the fault' } }, baseRevision: 0 })
    await vi.waitFor(() => expect(statuses(services.events).at(-1)).toMatchObject({ state: 'failed', reason: expect.stringContaining(reason), retrying: true }))
    expect(statuses(services.events).some((status) => status.state === 'saved')).toBe(false)
    expect(await readFile(file)).toEqual(before)
    expect((await readdir(bundle)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(services.session.hasUnsaved()).toBe(true)

    control.failWith = null // space freed, permission restored…
    await vi.waitFor(() => expect(statuses(services.events).at(-1)?.state).toBe('saved'), { timeout: 5000 })
    expect((await readJson(file)).cluster.name).toBe('After the fault')
    await services.session.dispose()
  })

  it('removes temp files a crash left in the workspace when it is opened', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir)
    const orphans = ['.workspace.json.4242.0a1b2c.tmp', '.workspace.json.bak.77.ff00.tmp']
    for (const name of orphans) await writeFile(join(bundle, name), '{"half": ')
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(bundle)
    const left = await readdir(bundle)
    for (const name of orphans) expect(left).not.toContain(name)
    await services.session.dispose()
  })

  it('keeps snapshots within their bounds over weeks of saves', async () => {
    const dir = await tempDir()
    let clock = new Date('2026-01-01T08:00:00Z').getTime()
    const services = await testServices(join(dir, 'data'), { now: () => new Date(clock) })
    const bundle = await makeBundle(dir)
    const opened = await services.session.openPath(bundle)
    if (opened.state !== 'open') throw new Error('expected open')
    for (let save = 0; save < 120; save += 1) {
      clock += 4 * 3600_000 // a save every four hours for 20 days
      services.session.applyCommand({ command: { type: 'cluster/update', patch: { region: `Region ${save}` } }, baseRevision: save })
      expect((await services.session.flush()).ok).toBe(true)
    }
    const snapshots = await readdir(join(dir, 'data', 'snapshots', opened.view.workspace.id))
    expect(snapshots.length).toBeGreaterThan(10)
    expect(snapshots.length).toBeLessThanOrEqual(6 + 14 + 1) // today's (4-hourly) plus one per day for 14 days
    await services.session.dispose()
  })
})
