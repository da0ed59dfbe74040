import { join } from 'node:path'
import { startSyncServer } from '../../src/main/services/sync/sync-server'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { testServices } from '../support/services'
import { workspaceWith } from '../support/workspaces'
import { expect, test } from './support/app-fixture'
import { expectNoSeriousA11yViolations } from './support/axe'

/** A sync server on 127.0.0.1, a second laptop's app services, and a new workspace of `name` to share. */
async function teamBench(workDir: string, laptop: string, name: string) {
  const server = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir: join(workDir, 'sync-server') })
  const other = await testServices(join(workDir, `${laptop}-app`))
  const bundle = join(workDir, 'Harbour.cluster')
  await createWorkspaceBundle(bundle, workspaceWith(4, name))
  return { server, other, bundle }
}

test('Share… starts sharing against a real local server, shows the invitation, and the team appears', async ({ app, context }) => {
  const { page, services } = app
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { server, other: ben, bundle } = await teamBench(app.workDir, 'ben', 'Harbour Ocean Cluster')
  try {
    await services.session.openPath(bundle)
    await page.reload()

    await page.getByRole('button', { name: 'Share…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share with your team' })
    await expect(dialog.getByText('The plan stays in files you own')).toBeVisible()
    await dialog.getByLabel('Your name, as your team will see it').fill('Anna Berg-Åsen')
    await dialog.getByLabel('Sync server address').fill(server.url)
    await page.screenshot({ path: test.info().outputPath('share-dialog.png') })
    await expectNoSeriousA11yViolations(page, 'the Share dialog')
    await dialog.getByRole('button', { name: 'Start sharing' }).click()

    const shared = page.getByRole('dialog', { name: 'Shared with your team' })
    const invitation = shared.getByRole('textbox', { name: 'Invitation' })
    await expect(invitation).toHaveValue(new RegExp(`^cluster-workbench-team ${server.url} ws-test [A-Za-z0-9_-]{43}$`))
    await expect(shared).toContainText('Up to date')
    await shared.getByRole('button', { name: 'Copy invitation' }).click()
    await expect(shared.getByRole('button', { name: 'Copied' })).toBeVisible()
    const invitationText = await invitation.inputValue()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(invitationText)
    await page.screenshot({ path: test.info().outputPath('invitation.png') })
    await expectNoSeriousA11yViolations(page, 'the invitation')
    await shared.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible()

    // Ben joins on his laptop, opens Members and renames a member: Anna's page shows both.
    await ben.handlers.setPreferences({ displayName: 'Ben' })
    ben.answers.push(join(app.workDir, 'Ben.cluster'))
    await ben.session.joinTeam({ invitation: invitationText })
    ben.session.setTeamPresence({ area: 'members', sectionId: null })
    const benSession = ben.session.getSession()
    if (benSession.state !== 'open') throw new Error('Ben has no workspace open')
    ben.session.applyCommand({ command: { type: 'cluster/update', patch: { name: 'Harbour Ocean Cluster — shared' } }, baseRevision: benSession.view.revision })
    await expect(page.locator('.workspace-name')).toHaveText('Harbour Ocean Cluster — shared')
    await expect(page.getByText('Ben (Members)')).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('shared-header.png') })
    await expectNoSeriousA11yViolations(page, 'the header of a shared workspace')

    // Leave team… asks first; then the workspace stays here, no longer shared.
    await page.getByRole('button', { name: 'Team…' }).click()
    await shared.getByRole('button', { name: 'Leave team…' }).click()
    await expect(shared.getByText('This laptop keeps its own copy of the plan')).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('leave-team.png') })
    await shared.getByRole('button', { name: 'Leave team', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible()
    await expect(page.getByText('Up to date')).toBeHidden()
    await expect(page.locator('.workspace-name')).toHaveText('Harbour Ocean Cluster — shared')
  } finally {
    await ben.session.dispose()
    await services.session.dispose()
    await server.stop()
  }
})

test('Join a team… on the start screen opens the team’s plan where the founder chose', async ({ app }) => {
  const { page, services } = app
  const { server, other: anna, bundle } = await teamBench(app.workDir, 'anna', 'Øresund Blue Cluster')
  try {
    await anna.session.openPath(bundle)
    const { invitation } = await anna.session.shareWithTeam({ server: server.url })
    await services.session.closeWorkspace()
    await page.reload()

    await page.getByRole('button', { name: 'Join a team…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Join a team' })
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill('cluster-workbench-team not an invitation')
    await dialog.getByRole('button', { name: 'Join…' }).click()
    await expect(dialog.getByRole('alert')).toContainText("Could not join: the invitation's server is not valid")
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation)
    app.dialogAnswers.push(join(app.workDir, 'My copy'))
    await dialog.getByRole('button', { name: 'Join…' }).click()
    await expect(page.locator('.workspace-name')).toHaveText('Øresund Blue Cluster')
    await expect(page.getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible()
    await expect(page.getByText('saved as My copy.cluster')).toBeVisible()
  } finally {
    await anna.session.dispose()
    await services.session.dispose()
    await server.stop()
  }
})
