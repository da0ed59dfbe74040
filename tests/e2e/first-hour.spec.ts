import type { Page } from '@playwright/test'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PLACEMENTS } from '../../src/shared/pillars'
import { MemberSchema } from '../../src/shared/workspace/member'
import { createWorkspace } from '../../src/shared/workspace/schema'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { expect, test } from './support/app-fixture'

const area = (page: Page, name: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name, exact: true })

async function palette(page: Page, command: string) {
  await page.keyboard.press('Control+K')
  await page.keyboard.type(command)
  await page.keyboard.press('Enter')
}

test('Library in the sidebar, while reading an item, goes back to the library home', async ({ app }) => {
  const { page } = app
  await area(page, 'Library').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.getByRole('button', { name: 'The Cluster Initiative Greenbook', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'The Cluster Initiative Greenbook' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Library home' })).toBeVisible()
  await area(page, 'Library').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Library home' })).toHaveCount(0)
})

test('the top bar follows a rename of the cluster, and says what the folder is still called', async ({ app }) => {
  const { page } = app
  const topbar = page.locator('header.topbar')
  const name = page.getByLabel('Cluster name')
  await name.fill('Fjordkraft Robotikk')
  await name.blur()
  await expect(topbar.locator('.workspace-name')).toHaveText('Fjordkraft Robotikk')
  await expect(topbar).toContainText(/saved as .+\.cluster/)
})

test('after Close Workspace the Undo of an import is no longer offered', async ({ app }) => {
  const { page } = app
  await area(page, 'Members').click()
  const csv = join(app.workDir, 'new-members.csv')
  await mkdir(app.workDir, { recursive: true })
  await writeFile(csv, 'Name;City\nSolbris Akvakultur;Ålesund\n')
  app.dialogAnswers.push(csv)
  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import members' })
  await dialog.getByRole('button', { name: /^Import \d/ }).click()
  const messages = page.getByRole('log', { name: 'Messages' })
  await expect(messages.getByRole('button', { name: 'Undo' })).toBeVisible()
  await palette(page, 'Close Workspace')
  await expect(page.getByRole('heading', { level: 1, name: 'Cluster Workbench' }).or(page.getByRole('button', { name: /New Workspace/ }).first())).toBeVisible()
  await expect(messages.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  await expect(messages).not.toContainText('No workspace is open')
})

test('at 1280 × 800, Balance leaves every lane in view, and a cut name shows in full on hover and focus', async ({ app }) => {
  const { page } = app
  const long = 'Nordvestlandets Maritime Innovasjons- og Teknologiklynge for Havvind og Autonome Fartøy AS'
  const bundle = join(app.workDir, 'Long Names.cluster')
  const members = PLACEMENTS.map((pillar, i) => MemberSchema.parse({ id: `m${i}`, name: i === 5 ? long : `${long} ${i}`, pillar }))
  await createWorkspaceBundle(bundle, { ...createWorkspace({ id: 'long-names', now: new Date().toISOString(), name: 'Long Names' }), members })
  await app.services.session.openPath(bundle)
  await page.reload()
  await page.setViewportSize({ width: 1280, height: 800 })
  await area(page, 'Pillar map').click()
  const balance = page.getByRole('button', { name: 'Balance' })
  if ((await balance.getAttribute('aria-pressed')) !== 'true') await balance.click()
  await expect(page.locator('.balance')).toBeVisible()
  const board = (await page.locator('.board').boundingBox())!
  const unassigned = (await page.getByRole('region', { name: 'Unassigned', exact: true }).boundingBox())!
  expect(unassigned.x + unassigned.width).toBeLessThanOrEqual(Math.min(board.x + board.width, 1280) + 1)
  const scroll = await page.locator('.board').evaluate((element) => element.scrollWidth - element.clientWidth)
  expect(scroll).toBeLessThanOrEqual(0)

  const card = page.locator('.member-card[data-member-id="m5"]')
  // The screen reader name is the whole name, however the card cuts it.
  await expect(card).toHaveAccessibleName(new RegExp(`^${long}`))
  await card.hover()
  await expect(page.locator('.card-name-tip')).toHaveText(long)
  await page.mouse.move(5, 5)
  await page.locator('.member-card[data-member-id="m4"]').focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expect(page.locator('.card-name-tip')).toHaveText(`${long} 4`)
  await page.screenshot({ path: test.info().outputPath('balance-1280.png') })
})

test('? shows every shortcut, except while typing; the pillar map shows its keys', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('row', { name: /Ctrl\+K Command Palette/ })).toBeVisible()
  await expect(sheet.getByRole('region', { name: 'Pillar map' })).toContainText('Pick up the card')
  await page.screenshot({ path: test.info().outputPath('shortcut-sheet.png') })
  await page.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)

  const name = page.getByLabel('Cluster name')
  await name.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('?')
  await expect(name).toHaveValue(/\?$/)
  await expect(sheet).toHaveCount(0)
  await name.press('Backspace')
  await name.blur()

  await palette(page, 'Keyboard Shortcuts')
  await expect(sheet).toBeVisible()
  await sheet.getByRole('button', { name: 'Close' }).click()

  await area(page, 'Pillar map').click()
  await expect(page.locator('.map-hint')).toBeVisible()
  await expect(page.locator('.map-hint')).toContainText('Space to pick it up')
})

test('every next step opens the area where it is done', async ({ app }) => {
  const { page } = app
  const steps = page.getByRole('region', { name: 'Next steps' })
  const expected: Record<string, string> = {
    'Open the pillar map': 'Pillar map',
    'Open members': 'Members',
    'Add or import members': 'Members',
    'Choose a template': 'Strategy',
    'Write the sections': 'Strategy',
    'Review the drafts': 'Strategy',
    'Open readiness': 'Readiness',
    'Open export': 'Export'
  }
  const actions = await steps.getByRole('button').allTextContents()
  expect(actions.length).toBeGreaterThan(2)
  // Each button says what it does: two steps that both read "Open the strategy" are one name to a screen reader.
  expect(new Set(actions).size).toBe(actions.length)
  for (const action of actions) {
    await steps.getByRole('button', { name: action, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: expected[action]! })).toBeVisible()
    await area(page, 'Overview').click()
  }
})
