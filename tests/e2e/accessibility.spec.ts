import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/app-fixture'

test('the workspace screens and dialogs have no serious accessibility problems, in light and dark', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the overview')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoSeriousA11yViolations(page, 'the overview in dark mode')
  await page.emulateMedia({ colorScheme: 'light' })

  await page.keyboard.press('Control+N')
  await expect(page.getByRole('dialog', { name: 'New workspace' })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the new-workspace dialog')
  await page.keyboard.press('Escape')

  await page.keyboard.press('Control+K')
  await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the command palette')
  await page.keyboard.press('Escape')

  await page.getByLabel('Cluster name').fill('')
  await expect(page.getByText('The cluster needs a name.')).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'a validation error')
})

test('the start screen, with a damaged workspace, has no serious accessibility problems', async ({ app }) => {
  const session = app.services.session.getSession()
  const location = session.state === 'open' ? session.view.location : ''
  await app.services.session.dispose()
  await writeFile(join(location, 'workspace.json'), '{')
  await app.relaunch()
  await expect(app.page.getByRole('alert')).toContainText('could not be opened')
  await expectNoSeriousA11yViolations(app.page, 'the start screen with a load failure')
})
