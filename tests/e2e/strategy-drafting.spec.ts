import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type AppHarness } from './support/app-fixture'
import { paste } from './support/clipboard'

type StoredStrategy = { sections: { title: string; markdown: string }[] }

const stored = async (app: AppHarness): Promise<StoredStrategy> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { strategy: StoredStrategy }).strategy
}
const titles = async (app: AppHarness) => (await stored(app)).sections.map((section) => section.title)
const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' })
const tabs = (page: Page) => page.getByRole('tablist', { name: 'Strategy' })
const body = (page: Page) => page.getByRole('textbox', { name: /^Section text/ })

async function openStrategy(page: Page) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Strategy' }).click()
  await expect(tabs(page)).toBeVisible()
}

test('starting again and restoring a snapshot each offer a visible Undo that brings the draft back', async ({ app }) => {
  const { page } = app
  await openStrategy(page)
  const drafted = await titles(app)
  await page.getByRole('button', { name: 'Start again from a template…' }).click()
  await page.getByRole('button', { name: 'Start with this template : Multi-year strategy (Maritime Blue style)' }).click()
  await expect.poll(async () => (await titles(app)).length).toBe(11)
  await expect(page.getByText('Started again: the previous sections were replaced.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => titles(app)).toEqual(drafted)

  await page.getByRole('tab', { name: 'Snapshots' }).click()
  const restore = page.getByRole('button', { name: /^Restore / }).first()
  const before = await stored(app)
  await restore.click()
  await expect(page.getByText(/^Restored “.+”: the draft now reads as it did then\.$/)).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => (await stored(app)).sections).toEqual(before.sections)
})

test('at 1280 × 800 a section opens with its tabs and its text in view, beside the guidance and the print preview', async ({ app }) => {
  const { page } = app
  await openStrategy(page)
  await page.getByRole('button', { name: 'Start again from a template…' }).click()
  // The template list is long: its last button sits at the bottom of the page.
  const last = page.getByRole('button', { name: /^Start with this template/ }).last()
  await last.scrollIntoViewIfNeeded()
  await last.click()
  await expect(tabs(page)).toBeInViewport()
  await expect(body(page)).toBeInViewport({ ratio: 0.5 })

  // Scrolled down to the end of the outline, then a section opened: the page comes back to its start.
  const sections = outline(page).locator('.outline-title')
  await sections.last().scrollIntoViewIfNeeded()
  await page.locator('.content').evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await sections.nth(1).click()
  await page.screenshot({ path: test.info().outputPath('section-at-1280x800.png') })
  await expect(tabs(page)).toBeInViewport()
  await expect(body(page)).toBeInViewport({ ratio: 0.75 })
  await page.getByRole('button', { name: 'Print preview' }).click()
  await expect(body(page)).toBeInViewport({ ratio: 0.75 })
  await expect(page.getByLabel('Print preview', { exact: true })).toBeInViewport({ ratio: 0.5 })
})

test('a comparison marks the words changed in the text, the title page and the targets', async ({ app }) => {
  const { page } = app
  await openStrategy(page)
  await page.getByRole('tab', { name: 'Snapshots' }).click()
  await page.getByLabel('Name this version').fill('Before the board')
  await page.getByRole('button', { name: 'Take snapshot' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Before the board' })).toBeVisible()

  await page.getByRole('tab', { name: 'Title page' }).click()
  await page.getByRole('textbox', { name: 'Subtitle' }).fill('Draft for the board')
  await page.getByRole('textbox', { name: 'Subtitle' }).blur()
  await page.getByRole('tab', { name: 'Targets and KPIs' }).click()
  await page.getByRole('textbox', { name: 'Target, row 1' }).fill('987')
  await page.getByRole('textbox', { name: 'Target, row 1' }).press('Enter')

  await page.getByRole('tab', { name: 'Snapshots' }).click()
  await page.getByRole('listitem').filter({ hasText: 'Before the board' }).getByRole('button', { name: 'Compare' }).click()
  const changes = page.getByRole('region', { name: 'Changes since Before the board' })
  await expect(changes.locator('details.change-changed summary')).toHaveText([/^Changed Title page$/, /Changed Target: /])
  // The demo's subtitle shares words with the new one: only the words that differ are marked.
  const cover = changes.locator('details.change-changed').first()
  await expect(cover.locator('ins').first()).toHaveText('Draft')
  await expect(cover.locator('del').first()).toBeVisible()
  await expect(changes.locator('details.change-changed').nth(1).locator('ins')).toHaveText(['987'])
  await page.screenshot({ path: test.info().outputPath('word-comparison.png'), fullPage: true })
})

test('a pasted table of 3,000 cells becomes plain text with the reason, a run of "](" is kept as text, and typing goes on', async ({ app }) => {
  const { page } = app
  await openStrategy(page)
  const row = `<tr>${Array.from({ length: 10 }, (_, i) => `<td>cell ${i}</td>`).join('')}</tr>`
  await paste(body(page), { 'text/html': `<table>${row.repeat(300)}</table>`, 'text/plain': 'cell 0\tcell 1\n'.repeat(300) })
  await expect(page.getByRole('status').filter({ hasText: 'That table has 3,000 cells' })).toContainText('pasted as plain text')
  await expect(body(page).locator('table')).toHaveCount(0)
  await body(page).fill('')
  await paste(body(page), { 'text/plain': ']('.repeat(33_000) })
  await page.getByRole('button', { name: 'Print preview' }).click()
  await expect(page.getByLabel('Print preview', { exact: true })).toContainText('too much formatting markup')
  await body(page).press('Control+End')
  await body(page).pressSequentially(' end')
  await expect(body(page)).toContainText(/\]\( end$/)
  await expect.poll(async () => (await stored(app)).sections.some((section) => section.markdown.endsWith('( end'))).toBe(true)
})
