import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

type StoredStrategy = { cover: { subtitle: string; status: string }; initiatives: { budget: string; milestones: { title: string }[] }[] }

const stored = async (app: AppHarness): Promise<StoredStrategy> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { strategy: StoredStrategy }).strategy
}
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
const go = (page: Page, area: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area }).click()

test('a typo in a placeholder is flagged as it is typed and listed before export, which can print it marked', async ({ app }) => {
  test.slow()
  const { page } = app
  await go(page, 'Strategy')
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^Vision/ }).click()
  const body = page.getByRole('textbox', { name: /^Section text/ })
  await body.fill('Welcome to {{cluster.nmae}}.')
  const note = page.getByRole('status').filter({ hasText: 'No data fills this placeholder' })
  await expect(note).toContainText('{{cluster.nmae}}: did you mean {{cluster.name}}?')
  await shot(page, 'placeholder-flag')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()

  await go(page, 'Export')
  await page.getByRole('button', { name: 'Create PDF' }).click()
  const listed = page.getByRole('alert').filter({ hasText: 'Some placeholders have no data' })
  await expect(listed).toContainText('{{cluster.nmae}} in “Vision”')
  await expectNoSeriousA11yViolations(page, 'the unknown placeholders before export')
  await listed.getByRole('button', { name: 'Print them marked' }).click()
  const viewer = page.getByRole('region', { name: /^PDF:/ })
  await expect(viewer.getByRole('toolbar', { name: 'PDF tools' }).getByText(/Page 1 of \d+/)).toBeVisible({ timeout: 30_000 })
})

test('the title page and an initiative\'s details are set in the strategy', async ({ app }) => {
  const { page } = app
  await go(page, 'Strategy')
  await page.getByRole('tab', { name: 'Title page' }).click()
  await page.getByRole('textbox', { name: 'Subtitle' }).fill('For the regional government')
  await page.getByRole('textbox', { name: 'Subtitle' }).press('Enter')
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Final' })
  await expect.poll(async () => (await stored(app)).cover).toMatchObject({ subtitle: 'For the regional government', status: 'final' })
  await shot(page, 'title-page')
  await expectNoSeriousA11yViolations(page, 'the title page tab')

  await page.getByRole('tab', { name: 'Initiatives' }).click()
  const budget = page.getByRole('textbox', { name: 'Budget of Harbour test bed for low-emission vessels' })
  await budget.fill('€5 million')
  await budget.press('Enter')
  await expect.poll(async () => (await stored(app)).initiatives[0]?.budget).toBe('€5 million')
  await page.getByRole('button', { name: 'Add milestone' }).first().click()
  await expect.poll(async () => (await stored(app)).initiatives[0]?.milestones.length).toBe(4)
  await shot(page, 'initiative-details')
  await expectNoSeriousA11yViolations(page, 'the initiatives tab with details')
})
