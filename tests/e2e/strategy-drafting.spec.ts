import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type AppHarness } from './support/app-fixture'

type StoredStrategy = { sections: { title: string; markdown: string }[] }

const stored = async (app: AppHarness): Promise<StoredStrategy> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { strategy: StoredStrategy }).strategy
}
const titles = async (app: AppHarness) => (await stored(app)).sections.map((section) => section.title)
const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' })
const tabs = (page: Page) => page.getByRole('tablist', { name: 'Strategy' })
const body = (page: Page) => page.getByRole('textbox', { name: 'Section text (Markdown)' })

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

test('at 1280 × 800 a section opens with its tabs and its text in view, beside the guidance and the preview', async ({ app }) => {
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
  await expect(page.getByLabel('Preview')).toBeInViewport({ ratio: 0.5 })
})
