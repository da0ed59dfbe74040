import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createExportService } from '../../../src/main/services/export-service'
import { createInProcessRenderer } from '../../../src/main/pdf/pdf-runner'
import type { PrintDocument } from '../../../src/shared/export/print-model'
import { pdfPageTexts } from '../../support/pdf-text'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, member, workspaceWith } from '../../support/workspaces'

describe('the export service', () => {
  const tempDir = useTempDirs()

  it('warns before export about characters the fonts cannot show', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    const workspace = { ...workspaceWith(2), members: [...workspaceWith(2).members, member({ id: 'cjk', name: '东京大学 Lab 🎉', pillar: 'academia' })] }
    await services.session.openPath(await makeBundle(dir, workspace))
    const { missing } = await services.exports.check({ kind: 'directory' })
    expect(missing.map((glyph) => glyph.character)).toEqual(['东', '京', '大', '学', '🎉'])
    expect(missing[0]!.example).toContain('东京大学 Lab')
    await services.session.dispose()
  })

  it('renders the open workspace with unsaved edits, saves where the user chose, then opens and shows it', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir, workspaceWith(7)))
    services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'Renamed Before Saving' } }, baseRevision: 0 })
    const phases: unknown[] = []
    const rendered = await services.exports.render({ kind: 'pillar-map', options: { size: 'A3', orientation: 'landscape', margins: 'normal' } })
    phases.push(...services.events.filter((e) => e.event === 'onExportProgress').map((e) => e.payload))
    expect(phases).toEqual([{ phase: 'layout' }, { phase: 'finishing' }, { phase: 'done' }])
    expect(rendered.fileName).toBe('Renamed Before Saving - Pillar map.pdf')
    expect((await pdfPageTexts(rendered.bytes))[0]).toContain('Renamed Before Saving · Pillar map')

    await expect(services.exports.reveal({ jobId: rendered.jobId, action: 'open' })).rejects.toThrow(/Save the PDF first/)
    services.answers.push(join(dir, 'exports', 'map'))
    const { savedTo } = await services.exports.save({ jobId: rendered.jobId })
    expect(savedTo).toBe(join(dir, 'exports', 'map.pdf'))
    expect(Buffer.from(await readFile(savedTo!))).toEqual(Buffer.from(rendered.bytes))
    await services.exports.reveal({ jobId: rendered.jobId, action: 'open' })
    await services.exports.reveal({ jobId: rendered.jobId, action: 'show' })
    expect(services.revealed).toEqual([`open ${savedTo}`, `show ${savedTo}`])
    await services.session.dispose()
  })

  it('says so when nothing is open, and when the user cancels the save dialog', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await expect(services.exports.render({ kind: 'directory', options: { size: 'A4', orientation: 'portrait', margins: 'normal' } })).rejects.toMatchObject({ code: 'no-workspace' })
    await services.session.openPath(await makeBundle(dir))
    const rendered = await services.exports.render({ kind: 'directory', options: { size: 'Letter', orientation: 'portrait', margins: 'wide' } })
    expect(await services.exports.save({ jobId: rendered.jobId })).toEqual({ savedTo: null })
    await expect(services.exports.save({ jobId: rendered.jobId + 1 })).rejects.toMatchObject({ code: 'not-found' })
    await services.session.dispose()
  })

  it('builds the print document once for the glyph check and the render that follows, again after an edit', async () => {
    let workspace = workspaceWith(3)
    let libraryReads = 0
    const rendered: PrintDocument[] = []
    const exports = createExportService({
      currentWorkspace: () => workspace,
      libraryItems: async () => (libraryReads++, []),
      readLogo: async () => null,
      renderer: { build: createInProcessRenderer('').build, render: async (document) => (rendered.push(document), { bytes: new Uint8Array([1]), pages: 1, contents: [] }), warmUp: async () => undefined, dispose: async () => undefined },
      hasGlyph: () => true,
      shell: { chooseExportFile: async () => null, openPath: async () => undefined, showInFolder: () => undefined },
      emit: () => undefined,
      now: () => new Date('2026-03-01T10:00:00.000Z')
    })
    const options = { size: 'A4', orientation: 'portrait', margins: 'normal' } as const
    await exports.check({ kind: 'directory' })
    await exports.render({ kind: 'directory', options })
    expect(libraryReads).toBe(1)
    workspace = { ...workspace, cluster: { ...workspace.cluster, name: 'Edited' } }
    await exports.check({ kind: 'directory' })
    await exports.render({ kind: 'directory', options })
    expect(libraryReads).toBe(2)
    expect(rendered.map((document) => document.meta.clusterName)).toEqual(['Test Cluster', 'Edited'])
  })

  it('saves the same document as Word where the user chose, adding .docx', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir, workspaceWith(7)))
    services.answers.push(join(dir, 'exports', 'directory'))
    const { savedTo } = await services.exports.saveWord({ kind: 'directory' })
    expect(savedTo).toBe(join(dir, 'exports', 'directory.docx'))
    expect((await readFile(savedTo!)).subarray(0, 2).toString()).toBe('PK')
    expect(await services.exports.saveWord({ kind: 'directory' })).toEqual({ savedTo: null }) // the dialog was cancelled
    await services.session.dispose()
  })
})
