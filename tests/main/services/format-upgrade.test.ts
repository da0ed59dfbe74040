import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../src/shared/workspace/schema'
import { ROOT } from '../../support/workspaces'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const V1_FIXTURE = join(ROOT, 'tests', 'fixtures', 'workspaces', 'v1-members-only.json')
const V2_FIXTURE = join(ROOT, 'tests', 'fixtures', 'workspaces', 'v2-with-library.json')
const V3_FIXTURE = join(ROOT, 'tests', 'fixtures', 'workspaces', 'v3-with-strategy.json')
const V4_FIXTURE = join(ROOT, 'tests', 'fixtures', 'workspaces', 'v4-with-logo.json')
const V4_WITH_INITIATIVES = join(ROOT, 'tests', 'fixtures', 'workspaces', 'v4-with-initiatives.json')
const V5_FIXTURE = join(ROOT, 'tests', 'fixtures', 'workspaces', 'v5-before-comments.json')

describe('opening a workspace written by an older version', () => {
  const tempDir = useTempDirs()

  /** Puts an old file into a fresh bundle and opens it with the current services. */
  async function openOld(fixture: string) {
    const dir = await tempDir()
    const bundle = join(dir, 'Old.cluster')
    await mkdir(bundle)
    await copyFile(fixture, join(bundle, 'workspace.json'))
    const original = await readFile(fixture, 'utf8')
    const services = await testServices(join(dir, 'data'))
    const session = await services.session.openPath(bundle)
    if (session.state !== 'open') throw new Error(`expected ${fixture} to open`)
    return { bundle, original, services, view: session.view }
  }

  it('upgrades a version 1 file: members kept, an empty library added, the original kept beside it', async () => {
    const { bundle, original, services, view } = await openOld(V1_FIXTURE)
    const session = { view }
    const fromFile = JSON.parse(original) as { members: unknown[]; cluster: { name: string } }
    expect(session.view.workspace.schemaVersion).toBe(SCHEMA_VERSION)
    expect(session.view.workspace.members).toEqual(fromFile.members)
    expect(session.view.workspace.cluster.name).toBe(fromFile.cluster.name)
    expect(session.view.workspace.library).toEqual({ read: {}, notes: {}, resources: [] })
    expect(session.view.notice).toMatch(/upgraded from an older format.*workspace\.v1\.json/)
    expect(await readFile(join(bundle, 'workspace.v1.json'), 'utf8')).toBe(original)

    // The first change saves in the new format; the kept original is untouched.
    services.session.applyCommand({
      command: { type: 'library/mark', ids: ['mit-2014-clusters-fuel-economies'], read: true, at: '2026-02-01T10:00:00.000Z' },
      baseRevision: session.view.revision
    })
    await services.session.dispose()
    const saved = JSON.parse(await readFile(join(bundle, 'workspace.json'), 'utf8')) as { schemaVersion: number; library: { read: object } }
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION)
    expect(Object.keys(saved.library.read)).toEqual(['mit-2014-clusters-fuel-economies'])
    expect(await readFile(join(bundle, 'workspace.v1.json'), 'utf8')).toBe(original)
  })

  it('keeps the first kept original when an older file is upgraded again', async () => {
    const dir = await tempDir()
    const bundle = join(dir, 'Old.cluster')
    await mkdir(bundle)
    await copyFile(V1_FIXTURE, join(bundle, 'workspace.json'))
    await writeFile(join(bundle, 'workspace.v1.json'), 'the original from an earlier upgrade')
    const services = await testServices(join(dir, 'data'))
    expect((await services.session.openPath(bundle)).state).toBe('open')
    await services.session.dispose()
    expect(await readFile(join(bundle, 'workspace.v1.json'), 'utf8')).toBe('the original from an earlier upgrade')
  })

  it('upgrades a version 2 file: the library kept, a strategy not yet begun added, the original kept', async () => {
    const { bundle, original, services, view } = await openOld(V2_FIXTURE)
    const session = { view }
    const fromFile = JSON.parse(original) as { library: unknown }
    expect(session.view.workspace.library).toEqual(fromFile.library)
    expect(session.view.workspace.strategy).toMatchObject({ started: false, sections: [], targets: [], snapshots: [], frozen: null })
    expect(session.view.notice).toMatch(/workspace\.v2\.json/)
    expect(await readFile(join(bundle, 'workspace.v2.json'), 'utf8')).toBe(original)
    await services.session.dispose()
  })

  it('upgrades a version 3 file: the strategy and cluster kept, no logo yet', async () => {
    const { services, view, original: text } = await openOld(V3_FIXTURE)
    const session = { view }
    const original = JSON.parse(text) as { cluster: object; strategy: object }
    expect(session.view.workspace.cluster).toEqual({ ...original.cluster, logo: null })
    expect(session.view.workspace.strategy).toMatchObject({ ...original.strategy, cover: { status: 'draft', numberedHeadings: false } })
    expect(session.view.notice).toMatch(/workspace\.v3\.json/)
    await services.session.dispose()
  })

  it('upgrades a version 4 file: everything kept, no readiness answers or remembered import values yet', async () => {
    const { services, view, original: text } = await openOld(V4_FIXTURE)
    const original = JSON.parse(text) as { cluster: object; members: unknown[]; strategy: unknown }
    expect(view.workspace.cluster).toEqual(original.cluster)
    expect(view.workspace.members).toEqual(original.members)
    expect(view.workspace.readiness).toEqual({ answers: {} })
    expect(view.workspace.importValues).toEqual({ pillar: {}, stage: {} })
    expect(view.notice).toMatch(/workspace\.v4\.json/)
    await services.session.dispose()
  })

  it('upgrades a version 4 file: targets get a unit, initiatives their details, the strategy a title page, all empty', async () => {
    const { services, view, original: text } = await openOld(V4_WITH_INITIATIVES)
    const original = JSON.parse(text) as { strategy: { targets: object[]; initiatives: object[]; sections: object[]; snapshots: { sections: object[] }[] } }
    const { strategy } = view.workspace
    expect(strategy.targets).toEqual(original.strategy.targets.map((target) => ({ ...target, unit: '' })))
    expect(strategy.initiatives).toEqual(original.strategy.initiatives.map((initiative) => ({ ...initiative, milestones: [], start: null, end: null, budget: '', status: 'proposed' })))
    expect(strategy.sections).toEqual(original.strategy.sections.map((section) => ({ ...section, startsPart: false })))
    expect(strategy.snapshots[0]!.sections).toEqual(strategy.sections)
    expect(strategy.cover).toEqual({ subtitle: '', version: '', status: 'draft', date: null, authors: [], numberedHeadings: false })
    expect(view.notice).toMatch(/workspace\.v4\.json/)
    await services.session.dispose()
  })

  it('upgrades a version 5 file: the strategy kept as it was, no comments yet', async () => {
    const { services, view, original: text } = await openOld(V5_FIXTURE)
    const original = JSON.parse(text) as { strategy: { title: string; sections: object[] } }
    expect(view.workspace.comments).toEqual([])
    expect(view.workspace.strategy.title).toBe(original.strategy.title)
    expect(view.workspace.strategy.sections).toEqual(original.strategy.sections)
    expect(view.notice).toMatch(/workspace\.v5\.json/)
    await services.session.dispose()
  })
})
