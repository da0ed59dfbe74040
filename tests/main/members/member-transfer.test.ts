import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyValueMap } from '../../../src/shared/members/value-mapping'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, readJson, ROOT, workspaceWith } from '../../support/workspaces'

const CSV = (name: string) => join(ROOT, 'tests', 'fixtures', 'csv', name)
const noChoices = { values: emptyValueMap(), fixes: {}, remember: true }

describe('importing and exporting members', () => {
  const tempDir = useTempDirs()

  async function opened(count = 2) {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    const bundle = await makeBundle(dir, workspaceWith(count))
    await services.session.openPath(bundle)
    return { services, bundle, dir }
  }

  async function previewOf(services: Awaited<ReturnType<typeof opened>>['services'], path: string) {
    services.answers.push(path)
    const preview = await services.transfer.preview()
    if ('cancelled' in preview) throw new Error('cancelled')
    return preview
  }

  it('previews the chosen file with a guessed mapping, imports with the corrected mapping in one undoable step', async () => {
    const { services, bundle } = await opened()
    const preview = await previewOf(services, CSV('header-variants.csv'))
    expect(preview).toMatchObject({ fileName: 'header-variants.csv', rowCount: 3, headers: ['Org name', 'Category', 'Web', 'Contact person', 'Tags'] })
    expect(preview.mapping).toEqual({ name: 0, pillar: 1, website: 2, contactName: 3, tags: 4 })

    // The user says the "Category" column is really the sector, not the pillar.
    const summary = await services.transfer.commit({ importId: preview.importId, mapping: { name: 0, sector: 1, website: 2, contactName: 3, tags: 4 }, importDuplicates: false, ...noChoices })
    expect(summary).toMatchObject({ imported: 3, duplicates: [], rejected: [] })
    const members = services.session.currentWorkspace().members
    expect(members).toHaveLength(5)
    expect(members.at(-1)).toMatchObject({ name: 'Deepwater Robotics', sector: 'Start-up', pillar: 'unassigned', tags: ['robotics', 'autonomy'] })

    await services.session.flush()
    expect((await readJson(join(bundle, 'workspace.json'))).members).toHaveLength(5)
    const undone = services.session.undo()
    expect(undone.state === 'open' && undone.view.workspace.members).toHaveLength(2)
    await services.session.dispose()
  })

  it('skips likely duplicates unless told to import them, lists rejected rows and counts blank ones', async () => {
    const { services } = await opened()
    const first = await previewOf(services, CSV('utf8-bom-crlf.csv'))
    await services.transfer.commit({ importId: first.importId, mapping: first.mapping, importDuplicates: false, ...noChoices })

    const second = await previewOf(services, CSV('duplicates-and-empty.csv'))
    expect(second.skippedRows).toBe(1)
    const summary = await services.transfer.commit({ importId: second.importId, mapping: second.mapping, importDuplicates: false, ...noChoices })
    expect(summary.imported).toBe(1)
    expect(summary.duplicates.map((d) => [d.row, d.matches])).toEqual([[2, 'Skarvik Shipping AS'], [5, 'Tern Capital'], [6, 'Tern Capital']])
    expect(summary.rejected).toEqual([{ row: 3, field: 'name', reason: 'it has no name' }])
    await services.session.dispose()
  })

  it('refuses a broken file as a whole, and a cancelled dialog imports nothing', async () => {
    const { services } = await opened()
    services.answers.push(CSV('unbalanced-quote.csv'))
    await expect(services.transfer.preview()).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/row 2 has a quotation mark that is never closed.*Nothing was imported\./) })
    expect(await services.transfer.preview()).toEqual({ cancelled: true })
    expect(services.session.currentWorkspace().members).toHaveLength(2)
    await services.session.dispose()
  })

  it('reads the file again with the separator and encoding the user picks', async () => {
    const { services } = await opened()
    const preview = await previewOf(services, CSV('windows-1257-baltic.csv'))
    expect(preview.source).toMatchObject({ kind: 'csv', delimiter: ';' })
    const baltic = await services.transfer.reread({ importId: preview.importId, encoding: 'windows-1257', delimiter: ';' })
    expect(baltic.source).toEqual({ kind: 'csv', encoding: 'windows-1257', bom: false, delimiter: ';' })
    expect(baltic.sample.map((row) => row[1])).toEqual(['Šiauliai', 'Klaipėda', 'Rīga'])
    const commas = await services.transfer.reread({ importId: preview.importId, delimiter: ',' })
    expect(commas.headers).toEqual(['Name;City'])
    await services.session.dispose()
  })

  it('lists unrecognised pillar and stage values with counts, imports them as mapped and remembers the mapping', async () => {
    const { services, bundle } = await opened()
    const preview = await previewOf(services, CSV('pillar-stage-values.csv'))
    expect(preview.mapping).toMatchObject({ name: 0, pillar: 1, stage: 2, website: 3, contactEmail: 4 })
    const analysis = await services.transfer.analyse({ importId: preview.importId, mapping: preview.mapping, values: emptyValueMap(), fixes: {} })
    expect(analysis.unknown).toEqual([
      { field: 'pillar', key: 'acadmia', value: 'Acadmia', count: 2 },
      { field: 'stage', key: 'maybe later', value: 'Maybe later', count: 2 }
    ])
    // Websites and e-mails are checked: warnings, the values are kept as written.
    expect(analysis.problems).toEqual([
      { row: 3, field: 'contactEmail', severity: 'warning', reason: '“post@nordic-invest” does not look like an e-mail address', value: 'post@nordic-invest' },
      { row: 4, field: 'website', severity: 'warning', reason: '“not a website” does not look like a web address', value: 'not a website' }
    ])

    const values = { pillar: { acadmia: 'academia' as const }, stage: { 'maybe later': 'prospect' as const } }
    const fixes = { 3: { contactEmail: 'post@nordic-invest.no' } }
    await services.transfer.commit({ importId: preview.importId, mapping: preview.mapping, values, fixes, importDuplicates: false, remember: true })
    const byName = new Map(services.session.currentWorkspace().members.map((m) => [m.name, m]))
    expect(byName.get('Université de Nantes')).toMatchObject({ pillar: 'academia', stage: 'committed' })
    expect(byName.get('Nordic Invest')).toMatchObject({ pillar: 'investors', stage: 'letter-of-support', contactEmail: 'post@nordic-invest.no' })
    expect(byName.get('Acme Robotics')).toMatchObject({ pillar: 'academia', stage: 'prospect', website: 'not a website' })
    expect(byName.get('Bergen Kommune')).toMatchObject({ pillar: 'government', stage: 'in-talks' })
    expect(byName.get('Tidewater Labs')).toMatchObject({ pillar: 'entrepreneurs', stage: 'committed' })

    await services.session.flush()
    expect((await readJson(join(bundle, 'workspace.json'))).importValues).toEqual(values)
    // The next import into this workspace knows these values already.
    const again = await previewOf(services, CSV('pillar-stage-values.csv'))
    expect(again.values).toEqual(values)
    expect((await services.transfer.analyse({ importId: again.importId, mapping: again.mapping, values: emptyValueMap(), fixes: {} })).unknown).toEqual([])
    await services.session.dispose()
  })

  it('a row without a name can be given one in the dialog and is then imported', async () => {
    const { services } = await opened()
    const preview = await previewOf(services, CSV('duplicates-and-empty.csv'))
    const analysis = await services.transfer.analyse({ importId: preview.importId, mapping: preview.mapping, values: emptyValueMap(), fixes: {} })
    expect(analysis.problems[0]).toEqual({ row: 3, field: 'name', reason: 'it has no name', value: '' })
    const summary = await services.transfer.commit({ importId: preview.importId, mapping: preview.mapping, importDuplicates: true, ...noChoices, fixes: { 3: { name: 'Orphan Ltd' } } })
    expect(summary.rejected).toEqual([])
    expect(services.session.currentWorkspace().members.map((m) => m.name)).toContain('Orphan Ltd')
    await services.session.dispose()
  })

  it('imports 50,000 rows (the limit), reports progress, and finds duplicates of existing members and within the file', async () => {
    const { services, dir } = await opened(6)
    // Five rows name an existing member; "Twin AS" and "Twin" are one organisation.
    const name = (i: number) => (i % 10_000 === 7 ? 'ORGANISATION 5 Æøå' : i === 42 ? 'Twin AS' : i === 43 ? 'Twin' : `Org ${i}`)
    const rows = Array.from({ length: 50_000 }, (_, i) => `${name(i)},${['University', 'VC', 'Startup', 'Kommune', 'Industry'][i % 5]},City ${i}`)
    const path = join(dir, 'big.csv')
    await writeFile(path, ['Name,Type,City', ...rows].join('\n'))
    const preview = await previewOf(services, path)
    expect(preview.rowCount).toBe(50_000)
    const summary = await services.transfer.commit({ importId: preview.importId, mapping: preview.mapping, importDuplicates: false, ...noChoices })
    const workspace = services.session.currentWorkspace()
    expect(summary).toMatchObject({ imported: 49_994, rejected: [] })
    expect(summary.duplicates.map((d) => [d.row, d.matches])).toEqual([
      [9, 'Organisation 5 Æøå'], [45, 'Twin AS'], [10_009, 'Organisation 5 Æøå'], [20_009, 'Organisation 5 Æøå'], [30_009, 'Organisation 5 Æøå'], [40_009, 'Organisation 5 Æøå']
    ])
    expect(workspace.members).toHaveLength(50_000)
    expect(workspace.members.at(-1)).toMatchObject({ name: 'Org 49999', pillar: 'industry', city: 'City 49999' })
    const progress = services.events.filter((e) => e.event === 'onImportProgress').map((e) => e.payload as { phase: string; done: number; total: number })
    expect(progress.at(-1)).toEqual({ phase: 'duplicates', done: 50_000, total: 50_000 })
    expect(progress.filter((p) => p.phase === 'rows').length).toBeGreaterThanOrEqual(50)
    await services.session.dispose()
  }, 60_000)

  it('says so when an import would take the workspace over its member limit, and imports nothing', async () => {
    const { services, dir } = await opened(49_999)
    const path = join(dir, 'two.csv')
    await writeFile(path, 'Name\nNew One\nNew Two\n')
    const preview = await previewOf(services, path)
    await expect(services.transfer.commit({ importId: preview.importId, mapping: preview.mapping, importDuplicates: false, ...noChoices })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('its limit of 50,000 members (room for 1)')
    })
    expect(services.session.currentWorkspace().members).toHaveLength(49_999)
    await services.session.dispose()
  }, 60_000)

  it('Cancel stops a running import and changes nothing', async () => {
    const { services, dir } = await opened()
    const path = join(dir, 'many.csv')
    await writeFile(path, ['Name', ...Array.from({ length: 5_000 }, (_, i) => `Org ${i}`)].join('\n'))
    const preview = await previewOf(services, path)
    // Cancel from the first progress report (the in-process runner checks between batches).
    const events = services.events
    const push = events.push.bind(events)
    events.push = (...items) => {
      if (items.some((item) => item.event === 'onImportProgress')) services.transfer.cancel()
      return push(...items)
    }
    await expect(services.transfer.commit({ importId: preview.importId, mapping: preview.mapping, importDuplicates: false, ...noChoices })).rejects.toMatchObject({ code: 'cancelled' })
    expect(services.session.currentWorkspace().members).toHaveLength(2)
    await services.session.dispose()
  })

  it('exports a spreadsheet-safe CSV where the user chooses', async () => {
    const { services, dir } = await opened()
    services.session.applyCommand({ command: { type: 'member/update', id: 'm0', patch: { name: '=1+1 Ventures' } }, baseRevision: 0 })
    services.answers.push(join(dir, 'members'))
    const result = await services.transfer.exportCsv()
    expect(result).toEqual({ savedTo: join(dir, 'members.csv'), count: 2 })
    const text = await readFile(result.savedTo!, 'utf8')
    expect(text).toContain("'=1+1 Ventures")
    await services.session.dispose()
  })
})
