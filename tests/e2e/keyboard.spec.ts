import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/app-fixture'

/**
 * The core journey with the keyboard alone: no clicks, no programmatic focus. `tabTo` presses
 * Tab until the focused element has the wanted name, so it also proves the control is
 * reachable in the tab order (and that focus is visible there).
 */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      if (!element) return { label: '', outline: 'none' }
      const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? ''
      const style = getComputedStyle(element)
      return { label: label.trim(), outline: `${style.outlineStyle} ${style.boxShadow}` }
    })
    if (name.test(focused.label)) {
      expect(focused.outline, `focus must be visible on "${focused.label}"`).not.toBe('none none')
      return
    }
  }
  throw new Error(`No control named ${name} within ${max} presses of Tab`)
}

async function goTo(page: Page, area: string, palette = 'Control+K') {
  await page.keyboard.press(palette)
  await page.keyboard.type(`Go to ${area}`)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible()
}

test('keyboard alone: create a workspace, import members, start and write the strategy, export a PDF', async ({ app }) => {
  test.slow()
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // Create a workspace.
  app.dialogAnswers.push(join(app.workDir, 'Fjord Robotics'))
  await page.keyboard.press('Control+N')
  await expect(page.getByRole('dialog', { name: 'New workspace' })).toBeVisible()
  await page.keyboard.type('Fjord Robotics')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Fjord Robotics' })).toBeVisible()

  // Import members from a spreadsheet.
  await goTo(page, 'Members')
  app.dialogAnswers.push(join(import.meta.dirname, '..', 'fixtures', 'csv', 'header-variants.csv'))
  await tabTo(page, /^Import CSV/)
  await page.keyboard.press('Enter')
  const importDialog = page.getByRole('dialog', { name: 'Import members' })
  await expect(importDialog).toContainText('3 rows')
  await tabTo(page, /^Import 3 rows/)
  await page.keyboard.press('Enter')
  await expect(importDialog).toContainText('Imported 3 members')
  await page.keyboard.press('Escape')
  await expect(page.getByText('3 members.')).toBeVisible()

  // Start the strategy from a template and write in it.
  await goTo(page, 'Strategy')
  await tabTo(page, /Founding strategy/)
  await page.keyboard.press('Enter')
  await tabTo(page, /^Section text/)
  await page.keyboard.type('We start with three members and a shared test site.')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()

  // Export it as a PDF and save it. In the text Ctrl+K adds a link, as in Word: the palette's other key.
  await goTo(page, 'Export', 'Control+Shift+P')
  await tabTo(page, /^Create PDF$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: /^PDF:/ }).getByRole('toolbar', { name: 'PDF tools' }).getByText(/Page 1 of \d+/)).toBeVisible({ timeout: 30_000 })
  const target = join(app.workDir, 'strategy.pdf')
  app.dialogAnswers.push(target)
  await tabTo(page, /^Save PDF/)
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Saved to ${target}`)).toBeVisible()
  expect((await readFile(target)).subarray(0, 5).toString()).toBe('%PDF-')
})
