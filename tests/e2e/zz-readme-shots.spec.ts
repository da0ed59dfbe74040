import { expect, test } from './support/app-fixture'

test('readme screenshots', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 760 })
  const nav = page.getByRole('navigation', { name: 'Areas' })
  await nav.getByRole('button', { name: 'Pillar map' }).click()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: 'docs/images/pillar-map.png' })
  await nav.getByRole('button', { name: 'Strategy' }).click()
  await page.getByRole('button', { name: 'Start with this template : Multi-year strategy (Maritime Blue style)' }).click()
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: 'docs/images/strategy.png' })
})
