import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterEach, describe, expect, it } from 'vitest'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, ROOT, workspaceWith } from '../../support/workspaces'

const LOGO = join(ROOT, 'tests', 'fixtures', 'images', 'logo.png')
const A4 = { size: 'A4', orientation: 'portrait', margins: 'normal' } as const

async function imagesOnFirstPage(bytes: Uint8Array): Promise<number> {
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise
  const operators = await (await document.getPage(1)).getOperatorList()
  const count = operators.fnArray.filter((fn) => fn === OPS.paintImageXObject).length
  await document.destroy()
  return count
}

describe('the cluster logo', () => {
  const tempDir = useTempDirs()
  const running: { session: { dispose(): Promise<void> } }[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((services) => services.session.dispose()))
  })

  it('is copied into the bundle, printed on the dossier cover, and removed again', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    running.push(services)
    const bundle = await makeBundle(dir, workspaceWith(4))
    await services.session.openPath(bundle)
    services.answers.push(LOGO)
    const result = await services.logo.importLogo()
    if ('cancelled' in result || result.session.state !== 'open') throw new Error('expected the logo to be set')
    const logo = result.session.view.workspace.cluster.logo!
    expect(logo).toMatchObject({ fileName: 'logo.png', format: 'png' })
    expect(await readdir(join(bundle, 'attachments'))).toEqual([`${logo.id}.png`])
    expect((await services.logo.readLogo())?.format).toBe('png')

    const withLogo = await services.exports.render({ kind: 'dossier', options: A4 })
    expect(await imagesOnFirstPage(withLogo.bytes)).toBe(1)

    services.session.applyCommand({ command: { type: 'cluster/set-logo', logo: null }, baseRevision: result.session.view.revision })
    const without = await services.exports.render({ kind: 'dossier', options: A4 })
    expect(await imagesOnFirstPage(without.bytes)).toBe(0)
  })

  it('refuses a file that is not a PNG or JPEG, whatever its name', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    running.push(services)
    await services.session.openPath(await makeBundle(dir, workspaceWith(1)))
    services.answers.push(join(ROOT, 'tests', 'fixtures', 'pdf', 'not-a-pdf.pdf'))
    await expect(services.logo.importLogo()).rejects.toThrow(/is not a PNG or JPEG image/)
    expect(await services.logo.readLogo()).toBeNull()
  })
})
