import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createWorkspace } from '../../src/shared/workspace/schema'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { TEST_APP_INFO } from '../support/workspaces'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/app-fixture'

test('the command palette runs commands by name and the theme choice is remembered', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('dialog', { name: 'Commands' })
  await expect(palette).toBeVisible()
  await expect(palette.getByRole('option', { name: /New Workspace/ })).toBeVisible()
  // Commands the workspace shell offers show the same shortcuts as the menu.
  await expect(palette.getByRole('option', { name: /Export PDF/ })).toContainText('Ctrl+E')
  await expect(palette.getByRole('option', { name: /Find…/ })).toContainText('Ctrl+F')
  await palette.getByRole('combobox').fill('theme dark')
  await expect(palette.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(async () => JSON.parse(await readFile(join(app.dataDir, 'app-state.json'), 'utf8')).preferences.theme).toBe('dark')
  await page.screenshot({ path: test.info().outputPath('dark.png') })

  await app.relaunch()
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await app.page.keyboard.press('Control+Shift+P')
  await app.page.getByRole('combobox', { name: 'Type a command' }).fill('follow system')
  await app.page.keyboard.press('Enter')
  await expect(app.page.locator('html')).not.toHaveAttribute('data-theme', /.+/)
})

test('Help > About shows the version, and Escape returns focus to where it was', async ({ app }) => {
  const { page } = app
  const name = page.getByLabel('Cluster name')
  await name.focus()
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Type a command' }).fill('about')
  await page.keyboard.press('Enter')
  const about = page.getByRole('dialog', { name: 'About Cluster Workbench' })
  await expect(about).toContainText(`Version${TEST_APP_INFO.version}`)
  await expectNoSeriousA11yViolations(page, 'the About dialog')
  await page.keyboard.press('Escape')
  await expect(about).toBeHidden()
  await expect(name).toBeFocused()
})

test('the palette moves between areas and lists only what can be done now', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Type a command' }).fill('go to overview')
  await expect(page.getByRole('option', { name: /Go to Overview/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await app.services.session.closeWorkspace()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible() // the start screen, ready for keys
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Type a command' }).fill('save as')
  await expect(page.getByRole('option')).toHaveCount(0)
  await expect(page.getByText('No command matches')).toBeVisible()
})

test('at 200% zoom (a 640-pixel-wide window) everything still fits without sideways scrolling', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 640, height: 800 })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Overview' })).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('narrow.png'), fullPage: true })
})

test('dropping a workspace on the window opens it; dropping anything else says what is wrong', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const bundle = join(app.workDir, 'Dropped.cluster')
  await createWorkspaceBundle(bundle, createWorkspace({ id: 'dropped', now: new Date().toISOString(), name: 'Dropped Harbour Cluster' }))
  await mkdir(join(app.workDir, 'Empty.cluster'), { recursive: true })

  const drop = async (name: string, path: string) => {
    await page.evaluate(([fileName, filePath]) => {
      ;(window as unknown as { __cwDroppedPaths: Record<string, string> }).__cwDroppedPaths = { [fileName!]: filePath! }
    }, [name, path])
    const dataTransfer = await page.evaluateHandle((fileName) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['{}'], fileName, { type: 'application/json' }))
      return transfer
    }, name)
    await page.dispatchEvent('main', 'dragover', { dataTransfer })
    await page.dispatchEvent('main', 'drop', { dataTransfer })
  }

  await drop('workspace.json', join(bundle, 'workspace.json'))
  await expect(page.getByRole('heading', { level: 1, name: 'Dropped Harbour Cluster' })).toBeVisible()

  await drop('Empty.cluster', join(app.workDir, 'Empty.cluster'))
  await expect(page.getByRole('alert')).toContainText('That is not a Cluster Workbench workspace')
  await expect(page.getByRole('heading', { level: 1, name: 'Dropped Harbour Cluster' })).toBeVisible()
})
