import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pdfPageTexts } from '../support/pdf-text'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/app-fixture'

const go = (page: Page, area: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area }).click()

test('the pillar map is created off the UI thread, previewed in the app, saved, opened and shown in its folder', async ({ app }) => {
  test.slow() // renders a real PDF in a worker, then draws it with pdf.js
  const { page } = app
  await go(page, 'Export')
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible()
  await page.getByRole('radio', { name: /Pillar map/ }).check()
  await page.getByRole('combobox', { name: 'Page size' }).selectOption('A3')
  await page.getByRole('combobox', { name: 'Orientation' }).selectOption('landscape')
  await page.getByRole('button', { name: 'Create PDF' }).click()
  const viewer = page.getByRole('region', { name: /^PDF:/ })
  await expect(viewer.getByRole('toolbar', { name: 'PDF tools' }).getByText(/Page 1 of \d/)).toBeVisible({ timeout: 30_000 })
  await expect(viewer.locator('.textLayer')).toContainText('Industry leaders')
  // A print preview: the whole page fits the viewer, with no scrolling.
  await expect(viewer.getByRole('button', { name: 'Whole page' })).toHaveAttribute('aria-pressed', 'true')
  const fits = async () => {
    const [stage, canvas] = await Promise.all([viewer.locator('.pdf-stage').boundingBox(), viewer.locator('canvas').boundingBox()])
    return Boolean(stage && canvas && canvas.y >= stage.y && canvas.y + canvas.height <= stage.y + stage.height + 1 && canvas.width <= stage.width)
  }
  await expect.poll(fits).toBe(true)
  await page.screenshot({ path: test.info().outputPath('export-preview.png'), fullPage: true })
  await viewer.screenshot({ path: test.info().outputPath('export-preview-whole-page.png') })
  await viewer.getByRole('button', { name: 'Fit width' }).click()
  await expect.poll(async () => (await viewer.locator('canvas').boundingBox())?.width).toBeGreaterThan((await viewer.locator('.pdf-stage').boundingBox())!.width - 40)
  await viewer.getByRole('button', { name: 'Whole page' }).click()
  await expect.poll(fits).toBe(true)
  // Zooming out steps down from the whole page's own size, not from 100%.
  const whole = (await viewer.locator('canvas').boundingBox())!.width
  await viewer.getByRole('button', { name: 'Zoom out' }).click()
  await expect(viewer.getByRole('button', { name: /^\d+%$/ })).toBeVisible()
  await expect.poll(async () => (await viewer.locator('canvas').boundingBox())?.width ?? whole).toBeLessThan(whole - 10)
  await expectNoSeriousA11yViolations(page, 'the export preview')

  const target = join(app.workDir, 'out', 'map.pdf')
  app.dialogAnswers.push(target)
  await page.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByText(`Saved to ${target}`)).toBeVisible()
  const texts = await pdfPageTexts(new Uint8Array(await readFile(target)))
  expect(texts[0]).toContain('Kestrel Coast Ocean Cluster · Pillar map')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await page.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => app.openedExternally).toEqual([`open ${target}`, `show ${target}`])
})

test('a strategy with an emoji warns before export, then exports anyway; the preview shows the cover and contents', async ({ app }) => {
  test.slow()
  const { page } = app
  await go(page, 'Strategy')
  await page.getByRole('button', { name: 'Start again from a template…' }).click() // the demo's own strategy is replaced
  await page.getByRole('button', { name: 'Start with this template : Founding strategy (from the recognised guides)' }).click()
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^Vision/ }).click()
  await page.getByRole('textbox', { name: /^Section text/ }).fill('A coast that works together 🎉')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()

  await go(page, 'Export')
  await expect(page.getByRole('radio', { name: /Strategy plan/ })).toBeChecked()
  await page.getByRole('button', { name: 'Create PDF' }).click()
  const warning = page.getByRole('alert').filter({ hasText: 'Some characters cannot be printed' })
  await expect(warning).toContainText('U+1F389')
  await expectNoSeriousA11yViolations(page, 'the glyph warning')
  await warning.getByRole('button', { name: 'Create anyway' }).click()
  const viewer = page.getByRole('region', { name: /^PDF:/ })
  await expect(viewer.getByRole('toolbar', { name: 'PDF tools' }).getByText(/Page 1 of \d+/)).toBeVisible({ timeout: 30_000 })
  await expect(viewer.locator('.textLayer')).toContainText('Kestrel Coast Ocean Cluster')
  await viewer.getByRole('button', { name: 'Next page' }).click()
  await expect(viewer.locator('.textLayer')).toContainText('Contents')
})

test('a logo chosen in the overview is shown there and can be removed', async ({ app }) => {
  const { page } = app
  app.dialogAnswers.push(join(import.meta.dirname, '..', 'fixtures', 'images', 'logo.png'))
  await page.getByRole('button', { name: 'Choose logo…' }).click()
  await expect(page.getByRole('img', { name: 'Logo: logo.png' })).toBeVisible()
  await expect.poll(async () => (app.services.session.getSession() as { view: { workspace: { cluster: { logo: unknown } } } }).view.workspace.cluster.logo).not.toBeNull()
  await page.getByRole('button', { name: 'Remove logo' }).click()
  await expect(page.getByText('No logo')).toBeVisible()
})
