import { expect, test } from './support/app-fixture'

// Every area at a laptop's and a desktop's size, light and dark, on the demo workspace: written to
// test-results for a person to look at (nothing here compares pixels). Also checks that no area
// scrolls sideways, which is how cut and hidden content showed before.
const AREAS = ['Overview', 'Pillar map', 'Members', 'Library', 'Strategy', 'Readiness', 'Export']
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]

for (const theme of ['light', 'dark'] as const) {
  test(`every area at both sizes, ${theme}`, async ({ app }) => {
    test.slow()
    const { page } = app
    await page.keyboard.press('Control+K')
    await page.keyboard.type(`Theme: ${theme === 'light' ? 'Light' : 'Dark'}`)
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    for (const size of SIZES) {
      await page.setViewportSize(size)
      for (const area of AREAS) {
        await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area, exact: true }).click()
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        await page.waitForLoadState('networkidle')
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(sideways, `${area} at ${size.width}×${size.height} scrolls sideways`).toBeLessThanOrEqual(0)
        const name = `${area.toLowerCase().replace(/\s+/g, '-')}-${size.width}x${size.height}-${theme}.png`
        await page.screenshot({ path: test.info().outputPath(name) })
      }
    }
  })
}
