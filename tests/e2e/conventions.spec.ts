import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/app-fixture'

test('the welcome tour opens on first run, walks the pillars and areas, can be skipped, and replays from Help', async ({ app }) => {
  await app.services.appState.update((state) => ({ ...state, preferences: { ...state.preferences, tourSeen: false } }))
  await app.relaunch({ tour: true })
  const { page } = app
  const tour = page.getByRole('dialog', { name: 'Welcome to Cluster Workbench' })
  await expect(tour).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the welcome tour')
  await tour.getByRole('button', { name: 'Next' }).click()
  const pillars = page.getByRole('dialog', { name: 'The five pillars' })
  for (const pillar of ['Industry leaders', 'Entrepreneurs', 'Government', 'Academia', 'Investors']) await expect(pillars).toContainText(pillar)
  await pillars.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { name: 'Pillar map', level: 1 })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect.poll(() => app.services.appState.get().preferences.tourSeen).toBe(true)

  // Not again on the next launch; replayable from the palette (as from Help in the menu).
  await app.relaunch({ tour: true })
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(app.page.getByRole('dialog')).toHaveCount(0)
  await app.page.keyboard.press('Control+K')
  await app.page.keyboard.type('Show the Welcome Tour')
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('dialog', { name: 'Welcome to Cluster Workbench' })).toBeVisible()
  await app.page.getByRole('button', { name: 'Skip the tour' }).click()
})

test('Help > What Is a Cluster? opens the introduction; Export and Find have shortcuts', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+K')
  await page.keyboard.type('What Is a Cluster')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'What is a cluster?', level: 1 })).toBeVisible()

  await page.keyboard.press('Control+F')
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeFocused()
  await page.keyboard.press('Control+E')
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible()
})

test('context menus on strategy sections and library items, by right-click and by keyboard', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Cap Digital', exact: true }).click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Reading actions' })
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: 'Mark as read' }).click()
  await expect(page.getByRole('region', { name: 'Advanced' })).toContainText('1 of 6 read')

  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Strategy' }).click()
  await page.getByRole('button', { name: 'Start again from a template…' }).click() // over the demo's drafted strategy
  await page.getByRole('button', { name: 'Start with this template : Founding strategy (from the recognised guides)' }).click()
  const outline = page.getByRole('navigation', { name: 'Outline' })
  await outline.getByRole('button', { name: /^Vision/ }).focus()
  await page.keyboard.press('Shift+F10')
  const sectionMenu = page.getByRole('menu', { name: 'Section actions' })
  await expect(sectionMenu).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'a section context menu')
  await sectionMenu.getByRole('menuitem', { name: 'Move up' }).click()
  await expect(outline.locator('.outline-name').nth(1)).toHaveText('Vision') // after the executive summary
  await outline.getByRole('button', { name: /^Vision/ }).click({ button: 'right' })
  await page.getByRole('menu', { name: 'Section actions' }).getByRole('menuitem', { name: 'Mark as final' }).click()
  await expect(outline.getByRole('button', { name: /^Vision/ })).toContainText('Final')
})
