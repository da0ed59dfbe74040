import { execFileSync } from 'node:child_process'
import { lstat, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { testServices } from '../../../support/services'
import { ROOT } from '../../../support/workspaces'
import { useTeamWorkspace } from './team-workspace'

const PDFS = join(ROOT, 'tests', 'fixtures', 'pdf')
const LOGO = join(ROOT, 'tests', 'fixtures', 'images', 'logo.png')

/**
 * A workspace folder a colleague sent may hold links and pipes where the app expects its own
 * files. Each case here would read without end, hang, or read and write outside the workspace
 * if attachments were opened by path like ordinary files.
 */
describe.skipIf(process.platform === 'win32')('hostile attachment folders', () => {
  const openTeamWorkspace = useTeamWorkspace()

  async function withImportedPdf() {
    const { dir, services, bundle } = await openTeamWorkspace()
    const result = await services.documents.importPdf({ droppedPath: join(PDFS, 'two-pages.pdf') })
    if ('cancelled' in result) throw new Error('expected an import')
    const [file] = await readdir(join(bundle, 'attachments'))
    return { dir, services, bundle, resourceId: result.resourceId, attachment: join(bundle, 'attachments', file!) }
  }

  function revisionOf(services: Awaited<ReturnType<typeof testServices>>) {
    const session = services.session.getSession()
    if (session.state !== 'open') throw new Error('expected an open workspace')
    return session.view.revision
  }

  /** Swaps a file for a symlink to `target`. */
  async function replaceWithLink(path: string, target: string) {
    await rm(path)
    await symlink(target, path)
  }

  it('refuses an attachment linked to /dev/zero instead of reading it without end', async () => {
    const { services, resourceId, attachment } = await withImportedPdf()
    await replaceWithLink(attachment, '/dev/zero')
    await expect(services.documents.read({ resourceId })).rejects.toThrow(/is not shown: it is a link/)
  })

  it('does not serve an attachment linked to a file outside the workspace, even with the right checksum', async () => {
    const { dir, services, resourceId, attachment } = await withImportedPdf()
    const outside = join(dir, 'outside.pdf')
    await writeFile(outside, await readFile(attachment))
    await replaceWithLink(attachment, outside)
    await expect(services.documents.read({ resourceId })).rejects.toThrow(/it is a link/)
    services.answers.push(join(dir, 'copy.pdf'))
    await expect(services.documents.saveCopy({ resourceId })).rejects.toThrow(/it is a link/)
    await expect(lstat(join(dir, 'copy.pdf'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses attachments linked to a pipe at once, and saving goes on afterwards', async () => {
    const { dir, services, resourceId, attachment } = await withImportedPdf()
    const fifo = join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    await replaceWithLink(attachment, fifo)
    // More stuck reads than libuv has pool threads: if any blocked, the save below could never run.
    const reads = await Promise.allSettled(Array.from({ length: 6 }, () => services.documents.read({ resourceId })))
    expect(reads.every((read) => read.status === 'rejected')).toBe(true)
    services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'Still saving' } }, baseRevision: revisionOf(services) })
    expect(await services.session.flush()).toEqual({ ok: true })
  })

  it('does not read a logo linked to a pipe or to /dev/zero (the logo is read when a workspace opens)', async () => {
    const { dir, services, bundle } = await withImportedPdf()
    services.answers.push(LOGO)
    const set = await services.logo.importLogo()
    if ('cancelled' in set || set.session.state !== 'open') throw new Error('expected the logo to be set')
    const logo = set.session.view.workspace.cluster.logo!
    const logoFile = join(bundle, 'attachments', `${logo.id}.png`)
    const fifo = join(dir, 'logo-pipe')
    execFileSync('mkfifo', [fifo])
    await replaceWithLink(logoFile, fifo)
    expect(await Promise.all(Array.from({ length: 6 }, () => services.logo.readLogo()))).toEqual(Array(6).fill(null))
    await replaceWithLink(logoFile, '/dev/zero')
    expect(await services.logo.readLogo()).toBeNull()
    services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'Still saving' } }, baseRevision: revisionOf(services) })
    expect(await services.session.flush()).toEqual({ ok: true })
  })

  it('writes no import into an attachments folder that links elsewhere', async () => {
    const { dir, services, bundle } = await withImportedPdf()
    const elsewhere = join(dir, 'elsewhere')
    await mkdir(elsewhere)
    await rm(join(bundle, 'attachments'), { recursive: true })
    await symlink(elsewhere, join(bundle, 'attachments'))
    await expect(services.documents.importPdf({ droppedPath: join(PDFS, 'scripted.pdf') })).rejects.toThrow(/Nothing was imported: the attachments folder is a link/)
    expect(await readdir(elsewhere)).toEqual([])
  })

  it('leaves links out of a copy made with Save As', async () => {
    const { dir, services, attachment } = await withImportedPdf()
    const outside = join(dir, 'private.txt')
    await writeFile(outside, 'not the workspace’s')
    await symlink(outside, join(attachment, '..', 'stolen.pdf'))
    services.answers.push(join(dir, 'Copy.cluster'))
    await services.session.saveWorkspaceAs()
    const copied = await readdir(join(dir, 'Copy.cluster', 'attachments'))
    expect(copied).toEqual([attachment.split('/').pop()])
    await rename(outside, `${outside}.moved`) // the copy must not depend on it either
    expect((await lstat(join(dir, 'Copy.cluster', 'attachments', copied[0]!))).isFile()).toBe(true)
  })
})
