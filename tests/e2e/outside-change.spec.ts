import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createWorkspace } from '../../src/shared/workspace/schema'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { expect, test } from './support/app-fixture'

test('another program changes the open workspace: the status names the copy, and the user keeps either version', async ({ app }) => {
  const { page, services } = app
  const bundle = join(app.workDir, 'Shared.cluster')
  await createWorkspaceBundle(bundle, createWorkspace({ id: 'shared', now: new Date().toISOString(), name: 'Shared Harbour' }))
  await services.session.openPath(bundle)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Shared Harbour' })).toBeVisible()

  // A sync client writes its own version of the file.
  const file = join(bundle, 'workspace.json')
  const theirs = JSON.parse(await readFile(file, 'utf8'))
  await writeFile(file, JSON.stringify({ ...theirs, cluster: { ...theirs.cluster, name: 'Their Harbour' } }))
  const session = services.session.getSession()
  if (session.state !== 'open') throw new Error('expected an open workspace')
  services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'My Harbour' } }, baseRevision: session.view.revision })
  await services.session.flush()

  await expect(page.getByRole('status')).toContainText('Not saved: changed elsewhere')
  await expect(page.getByText(/Yours is in workspace\.conflict-.*\.json/)).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('outside-change.png') })
  await page.getByRole('button', { name: 'Use the file’s version' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Their Harbour' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Keep my version' })).toBeHidden()
})
