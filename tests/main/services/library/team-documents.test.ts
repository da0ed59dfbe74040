import { copyFile, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { titleFromFileName } from '../../../../src/main/services/library/team-documents'
import { ROOT } from '../../../support/workspaces'
import { useTeamWorkspace } from './team-workspace'

const PDFS = join(ROOT, 'tests', 'fixtures', 'pdf')

describe("the team's own PDFs", () => {
  const openWorkspace = useTeamWorkspace()

  it('copies an imported PDF into the bundle, records it, and reads the same bytes back', async () => {
    const { services, bundle } = await openWorkspace()
    services.answers.push(join(PDFS, 'two-pages.pdf'))
    const result = await services.documents.importPdf({ droppedPath: null })
    if ('cancelled' in result) throw new Error('expected an import')
    expect(result.alreadyPresent).toBe(false)
    if (result.session.state !== 'open') throw new Error('expected an open workspace')
    const [resource] = result.session.view.workspace.library.resources
    expect(resource).toMatchObject({ kind: 'pdf', id: result.resourceId, title: 'two pages', attachment: { fileName: 'two-pages.pdf', bytes: 2752 } })

    const original = await readFile(join(PDFS, 'two-pages.pdf'))
    const files = await readdir(join(bundle, 'attachments'))
    expect(files).toHaveLength(1)
    expect(await readFile(join(bundle, 'attachments', files[0]!))).toEqual(original)
    const read = await services.documents.read({ resourceId: result.resourceId })
    expect(Buffer.from(read.bytes)).toEqual(original)

    // The workspace file holds the entry, not the bytes.
    await services.session.dispose()
    const json = await readFile(join(bundle, 'workspace.json'), 'utf8')
    expect(json).toContain('"two-pages.pdf"')
    expect(json.length).toBeLessThan(original.length + 2000)
    expect(json).not.toContain('%PDF')
  })

  it('recognises the same PDF imported twice and keeps one copy', async () => {
    const { services, bundle } = await openWorkspace()
    services.answers.push(join(PDFS, 'two-pages.pdf'))
    const first = await services.documents.importPdf({ droppedPath: null })
    const second = await services.documents.importPdf({ droppedPath: join(PDFS, 'two-pages.pdf') })
    if ('cancelled' in first || 'cancelled' in second) throw new Error('expected imports')
    expect(second).toMatchObject({ alreadyPresent: true, resourceId: first.resourceId })
    expect(await readdir(join(bundle, 'attachments'))).toHaveLength(1)
  })

  it.each([
    ['not-a-pdf.pdf', /is not a PDF document/],
    ['missing.pdf', /could not be read/]
  ])('refuses %s and imports nothing', async (name, message) => {
    const { services, bundle } = await openWorkspace()
    await expect(services.documents.importPdf({ droppedPath: join(PDFS, name) })).rejects.toThrow(message)
    expect(services.session.currentWorkspace().library.resources).toEqual([])
    expect(await readdir(join(bundle, 'attachments'))).toEqual([])
  })

  it('refuses an empty file and a folder', async () => {
    const { dir, services } = await openWorkspace()
    await writeFile(join(dir, 'empty.pdf'), '')
    await expect(services.documents.importPdf({ droppedPath: join(dir, 'empty.pdf') })).rejects.toThrow(/is empty/)
    await mkdir(join(dir, 'folder.pdf'))
    await expect(services.documents.importPdf({ droppedPath: join(dir, 'folder.pdf') })).rejects.toThrow(/is not a file/)
  })

  it('refuses a huge file before reading it, saying what to do instead', async () => {
    const { dir, services } = await openWorkspace()
    const huge = join(dir, 'huge.pdf')
    await writeFile(huge, '%PDF-1.7\n')
    await truncate(huge, 201 * 1024 * 1024) // sparse: no real disk space used
    await expect(services.documents.importPdf({ droppedPath: huge })).rejects.toThrow(/is over the 200 MiB limit\. Add it as a link instead/)
  })

  it('does nothing when the dialog is cancelled', async () => {
    const { services } = await openWorkspace()
    expect(await services.documents.importPdf({ droppedPath: null })).toEqual({ cancelled: true })
  })

  it('reports a missing or altered attachment instead of showing it', async () => {
    const { services, bundle } = await openWorkspace()
    const result = await services.documents.importPdf({ droppedPath: join(PDFS, 'two-pages.pdf') })
    if ('cancelled' in result) throw new Error('expected an import')
    const [file] = await readdir(join(bundle, 'attachments'))
    const path = join(bundle, 'attachments', file!)

    await copyFile(join(PDFS, 'scripted.pdf'), path)
    await expect(services.documents.read({ resourceId: result.resourceId })).rejects.toThrow(/changed or damaged/)
    await rm(path)
    await expect(services.documents.read({ resourceId: result.resourceId })).rejects.toThrow(/missing from the workspace folder/)
  })

  it('saves a copy where the user chooses', async () => {
    const { dir, services } = await openWorkspace()
    const result = await services.documents.importPdf({ droppedPath: join(PDFS, 'two-pages.pdf') })
    if ('cancelled' in result) throw new Error('expected an import')
    services.answers.push(join(dir, 'copy.pdf'))
    expect(await services.documents.saveCopy({ resourceId: result.resourceId })).toEqual({ savedTo: join(dir, 'copy.pdf') })
    expect(await readFile(join(dir, 'copy.pdf'))).toEqual(await readFile(join(PDFS, 'two-pages.pdf')))
  })

  it('keeps attached PDFs when the workspace is saved under a new name', async () => {
    const { dir, services } = await openWorkspace()
    const result = await services.documents.importPdf({ droppedPath: join(PDFS, 'two-pages.pdf') })
    if ('cancelled' in result) throw new Error('expected an import')
    services.answers.push(join(dir, 'Copy.cluster'))
    await services.session.saveWorkspaceAs()
    const read = await services.documents.read({ resourceId: result.resourceId })
    expect(Buffer.from(read.bytes)).toEqual(await readFile(join(PDFS, 'two-pages.pdf')))
  })

  it('turns a file name into a readable first title', () => {
    expect(titleFromFileName('Board_minutes-2025.PDF')).toBe('Board minutes 2025')
    expect(titleFromFileName('.pdf')).toBe('Untitled PDF')
  })
})
