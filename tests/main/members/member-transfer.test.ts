import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, readJson, ROOT, workspaceWith } from '../../support/workspaces'

const CSV = (name: string) => join(ROOT, 'tests', 'fixtures', 'csv', name)

describe('importing and exporting members', () => {
  const tempDir = useTempDirs()

  async function opened() {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    const bundle = await makeBundle(dir, workspaceWith(2))
    await services.session.openPath(bundle)
    return { services, bundle, dir }
  }

  it('previews the chosen file with a guessed mapping, imports with the corrected mapping in one undoable step', async () => {
    const { services, bundle } = await opened()
    services.answers.push(CSV('header-variants.csv'))
    const preview = await services.transfer.preview()
    if ('cancelled' in preview) throw new Error('cancelled')
    expect(preview).toMatchObject({ fileName: 'header-variants.csv', rowCount: 3, headers: ['Org name', 'Category', 'Web', 'Contact person', 'Tags'] })
    expect(preview.mapping).toEqual({ name: 0, pillar: 1, website: 2, contactName: 3, tags: 4 })

    // The user says the "Category" column is really the sector, not the pillar.
    const summary = services.transfer.commit({ importId: preview.importId, mapping: { name: 0, sector: 1, website: 2, contactName: 3, tags: 4 }, importDuplicates: false })
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

  it('skips likely duplicates unless told to import them, and lists rejected rows', async () => {
    const { services } = await opened()
    services.answers.push(CSV('utf8-bom-crlf.csv'))
    const first = await services.transfer.preview()
    if ('cancelled' in first) throw new Error('cancelled')
    services.transfer.commit({ importId: first.importId, mapping: first.mapping, importDuplicates: false })

    services.answers.push(CSV('duplicates-and-empty.csv'))
    const second = await services.transfer.preview()
    if ('cancelled' in second) throw new Error('cancelled')
    const summary = services.transfer.commit({ importId: second.importId, mapping: second.mapping, importDuplicates: false })
    expect(summary.imported).toBe(1)
    expect(summary.duplicates.map((d) => [d.row, d.matches])).toEqual([[2, 'Skarvik Shipping AS'], [5, 'Tern Capital'], [6, 'Tern Capital']])
    expect(summary.rejected).toEqual([{ row: 3, reason: 'it has no name' }, { row: 4, reason: 'the row is empty' }])
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
