import type { Page } from '@playwright/test'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/app-fixture'

const nextSteps = (page: Page) => page.getByRole('region', { name: 'Next steps' })
const stepTitles = async (page: Page) => nextSteps(page).locator('li strong').allTextContents()
const overview = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Overview' }).click()
  await expect(nextSteps(page)).toBeVisible()
}

test('first launch: the tour ends on the next steps, which lead to a started strategy and a first export', async ({ app }) => {
  test.slow()
  await app.services.appState.update((state) => ({ ...state, preferences: { ...state.preferences, tourSeen: false } }))
  await app.relaunch({ tour: true })
  const { page } = app

  // The tour, step by step, to its last step: the Overview and its list.
  for (;;) {
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    const next = dialog.getByRole('button', { name: 'Next' })
    if (!(await next.count())) break
    await next.click()
  }
  await expect(page.getByRole('dialog', { name: 'Your next steps' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('0-tour-last-step.png') })
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  await page.getByRole('button', { name: 'Start exploring' }).click()
  await expect(nextSteps(page)).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('1-next-steps.png') })
  const before = await stepTitles(page)
  expect(before).toContain('Export a first document')

  // A demo without a strategy yet: the step opens the picker, which recommends a template to start with.
  if (before.includes('Start your strategy from a template')) {
    await nextSteps(page).getByRole('button', { name: 'Choose a template' }).click()
    const recommended = page.locator('.template-card.recommended')
    await expect(recommended).toContainText('Recommended for you')
    await page.screenshot({ path: test.info().outputPath('2-template-picker.png') })
    await recommended.getByRole('button', { name: /Start with this template/ }).click()
    await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible()
    await overview(page)
    expect(await stepTitles(page)).not.toContain('Start your strategy from a template')
  }
  const withStrategy = await stepTitles(page)
  expect(withStrategy.some((title) => /section/.test(title))).toBe(true)

  // The last step: a first document, saved.
  await nextSteps(page).getByRole('button', { name: 'Open export' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible()
  await page.getByRole('button', { name: 'Create PDF' }).click()
  const save = page.getByRole('button', { name: 'Save PDF…' })
  const anyway = page.getByRole('button', { name: 'Create anyway' })
  await expect(save.or(anyway)).toBeVisible({ timeout: 30_000 })
  if (await anyway.isVisible()) await anyway.click()
  const target = join(app.workDir, 'First export.pdf')
  app.dialogAnswers.push(target)
  await save.click()
  await expect(page.getByText(`Saved to ${target}`)).toBeVisible()
  expect((await stat(target)).size).toBeGreaterThan(1000)

  await overview(page)
  const after = await stepTitles(page)
  expect(after).not.toContain('Export a first document')
  expect(after.length).toBeLessThan(before.length)
  await page.screenshot({ path: test.info().outputPath('3-after-export.png') })

  // Remembered by the app, not lost on the next launch.
  await app.relaunch()
  await expect(nextSteps(app.page)).toBeVisible()
  expect(await stepTitles(app.page)).not.toContain('Export a first document')
})
