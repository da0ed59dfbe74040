import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

const PDFS = join(import.meta.dirname, '..', 'fixtures', 'pdf')

type StoredLibrary = { read: Record<string, unknown>; notes: Record<string, { markdown: string }>; resources: { id: string; title: string; kind: string }[] }

const stored = async (app: AppHarness): Promise<StoredLibrary> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { library: StoredLibrary }).library
}

async function openLibrary(page: Page) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

test('the reading path: introduction first, progress per level, mark an item read and see it on disk', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await expect(page.getByRole('heading', { name: 'New to clusters? Start here' })).toBeVisible()
  await expect(page.getByText('3 of 8 read')).toBeVisible() // the demo has read three introductory items
  await expect(page.getByText('1 of 13 read')).toBeVisible() // and Porter (1998)
  await expect(page.getByText('0 of 6 read')).toBeVisible()
  await shot(page, 'library-home')
  await expectNoSeriousA11yViolations(page, 'the library home')

  await page.getByRole('button', { name: 'Read “What is a cluster?”' }).click()
  await expect(page.getByRole('heading', { name: 'What is a cluster?', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: '← Back' }).click()

  const intermediate = page.getByRole('region', { name: 'Intermediate' })
  await intermediate.getByRole('button', { name: 'On Superclusters and Ecosystems' }).click()
  await expect(page.getByRole('heading', { name: 'On Superclusters and Ecosystems', level: 1 })).toBeVisible()
  await expect(page.getByText('Christian Rangen', { exact: false }).first()).toBeVisible()
  await page.getByRole('button', { name: 'Mark as read' }).click()
  await expect(page.getByRole('button', { name: '✓ Read' })).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => Object.keys((await stored(app)).read)).toContain('superclusters-and-ecosystems')
  await shot(page, 'library-item')
  await expectNoSeriousA11yViolations(page, 'a library item')

  await page.getByRole('button', { name: 'Library home' }).click()
  await expect(page.getByText('2 of 13 read')).toBeVisible()

  // Filters narrow the path by kind and by tag.
  await page.getByRole('group', { name: 'Filter readings' }).getByRole('button', { name: 'Strategy document' }).click()
  await expect(page.locator('.path-item')).toHaveCount(await page.locator('.path-item').count())
  const titles = await page.locator('.path-item-title').allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.length).toBeLessThan(16)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('combobox', { name: 'Filter by pillar, sector or region' }).selectOption({ label: 'France (1)' })
  await expect(page.locator('.path-item-title')).toHaveText(['Cap Digital'])
})

test('search finds by prefix and typo, marks the words, moves by keyboard, and finds the team notes', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  const search = page.getByRole('combobox', { name: 'Search the library' })
  await search.fill('brokings')
  const results = page.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option').first()).toContainText('Clusters and Innovation Districts')
  await search.fill('supercl')
  await expect(results.getByRole('option').first()).toBeVisible()
  await expect(results.locator('mark').first()).toHaveText(/^supercl/i)
  await shot(page, 'library-search')
  await search.press('ArrowDown')
  const second = await results.getByRole('option').nth(1).locator('.search-title').textContent()
  await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true')
  await search.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!)

  // The demo's note on the Maritime Blue strategy mentions the port authority.
  await search.fill('port authority')
  await expect(results.getByRole('option').first()).toContainText('Found in your notes')
})

test('a note is saved in the workspace, rendered safely in preview, and found by search', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await page.getByRole('region', { name: 'Advanced' }).getByRole('button', { name: 'Cap Digital' }).click()
  const notes = page.getByRole('textbox', { name: 'Team notes (Markdown)' })
  await notes.fill('Invite the **Paris** team to our kick-off.\n\n<img src=x onerror=alert(1)> [bad](javascript:alert(1))')
  await expect.poll(async () => (await stored(app)).notes['cap-digital']?.markdown).toContain('Invite the **Paris** team')
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.locator('.notes-preview strong')).toHaveText('Paris')
  await expect(page.locator('.notes-preview img')).toHaveCount(0)
  await expect(page.locator('.notes-preview a[href^="javascript"]')).toHaveCount(0)
  // Leaving mid-sentence does not lose the sentence: the draft is flushed when the page closes.
  await page.getByRole('button', { name: 'Write' }).click()
  await notes.fill('Invite the Paris team; ask about Futur en Seine')
  await page.getByRole('button', { name: 'Library home' }).click()
  await expect.poll(async () => (await stored(app)).notes['cap-digital']?.markdown).toBe('Invite the Paris team; ask about Futur en Seine')
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Futur Seine')
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Cap Digital')
})

test('a PDF imported into the workspace opens in the app: page 1, then page 2, outline and find', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  app.dialogAnswers.push(join(PDFS, 'two-pages.pdf'))
  await page.getByRole('button', { name: 'Import PDF…' }).click()
  await expect(page.getByRole('heading', { name: 'two pages', level: 1 })).toBeVisible()
  const viewer = page.getByRole('region', { name: /^PDF:/ })
  await expect(viewer.getByText('Page 1 of 2')).toBeVisible()
  await expect(viewer.locator('canvas')).toBeVisible()
  await expect(viewer.locator('.textLayer')).toContainText('Kestrel Coast regional study')
  await shot(page, 'library-pdf-page-1')
  await viewer.getByRole('button', { name: 'Next page' }).click()
  await expect(viewer.getByText('Page 2 of 2')).toBeVisible()
  await expect(viewer.locator('.textLayer')).toContainText('Findings on harbour robotics')
  await shot(page, 'library-pdf-page-2')

  // The outline jumps back to page 1; find goes to the page with the words and marks them.
  await viewer.getByRole('navigation', { name: 'Document outline' }).getByRole('link').first().click()
  await expect(viewer.getByText('Page 1 of 2')).toBeVisible()
  await viewer.getByRole('searchbox', { name: 'Find in document' }).fill('harbour robotics')
  await viewer.getByRole('button', { name: 'Find' }).click()
  await expect(viewer.getByRole('status')).toHaveText('On 1 page')
  await expect(viewer.getByText('Page 2 of 2')).toBeVisible()
  await expect(viewer.locator('.textLayer mark').first()).toBeVisible()
  await expect(viewer.locator('.textLayer mark')).toHaveText(['harbour robotics'])
  // A new search clears the marks (the text layer is drawn plain again).
  await viewer.getByRole('searchbox', { name: 'Find in document' }).fill('')
  await expect(viewer.locator('.textLayer mark')).toHaveCount(0)
  await expect(viewer.locator('.textLayer')).toContainText('Findings on harbour robotics')
  // Zooming steps on from the size shown: one step in from the fitted width is larger, one step out smaller.
  const canvasWidth = async () => (await viewer.locator('canvas').boundingBox())?.width ?? 0
  const fitted = await canvasWidth()
  await viewer.getByRole('button', { name: 'Zoom in' }).click()
  await expect(viewer.getByRole('button', { name: /^\d+%$/ })).toBeVisible()
  await expect.poll(canvasWidth).toBeGreaterThan(fitted + 10)
  // After a zoom the text is laid out again over the larger page, so selection still lines up.
  await expect(viewer.locator('.textLayer')).toContainText('Findings on harbour robotics')
  await expect.poll(async () => {
    const [layer, canvas] = await Promise.all([viewer.locator('.textLayer').boundingBox(), viewer.locator('canvas').boundingBox()])
    return layer && canvas ? Math.abs(layer.width - canvas.width) + Math.abs(layer.height - canvas.height) : Infinity
  }).toBeLessThan(2)
  await expectNoSeriousA11yViolations(page, 'the PDF viewer')

  const library = await stored(app)
  expect(library.resources).toEqual([expect.objectContaining({ kind: 'pdf', title: 'two pages' })])
  // The PDF lives in the bundle's attachments folder, not in the JSON.
  expect(JSON.stringify(library)).not.toContain('Kestrel')

  await page.getByRole('button', { name: 'Library home' }).click()
  await expect(page.getByRole('region', { name: 'The team’s resources' })).toContainText('two pages')
})

test('a team link is added, listed, opened in the system browser, and removed', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await page.getByRole('button', { name: 'Add link…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a link' })
  await expect(dialog).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the add-link dialog')
  await dialog.getByLabel('Title').fill('Port masterplan')
  await dialog.getByLabel('Web address').fill('javascript:alert(1)')
  await dialog.getByRole('button', { name: 'Add link' }).click()
  await expect(dialog.getByRole('alert')).toContainText('web address')
  await dialog.getByLabel('Web address').fill('https://example.org/masterplan')
  await dialog.getByRole('button', { name: 'Add link' }).click()
  const own = page.getByRole('region', { name: 'The team’s resources' })
  await own.getByRole('button', { name: 'Port masterplan', exact: true }).click()
  await expect.poll(() => app.openedExternally).toContain('https://example.org/masterplan')
  await own.getByRole('button', { name: 'Remove Port masterplan' }).click()
  await expect(own).not.toContainText('Port masterplan')
  await expect.poll(async () => (await stored(app)).resources).toEqual([])
})

test('two exemplars compared side by side, and the pillar guide', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await page.getByRole('button', { name: 'Compare clusters…' }).click()
  const picker = page.getByRole('group', { name: 'Choose two to four clusters' })
  await picker.getByLabel('Washington Maritime Blue').check()
  await expect(page.getByText('Choose one more cluster')).toBeVisible()
  await picker.getByLabel('Cap Digital').check()
  const table = page.locator('.compare-table')
  await expect(table.getByRole('columnheader')).toHaveText(['Washington Maritime Blue', 'Cap Digital'])
  await expect(table.getByRole('rowheader', { name: 'Founded' })).toBeVisible()
  await expect(table).toContainText('2006')
  await shot(page, 'library-compare')
  await expectNoSeriousA11yViolations(page, 'the exemplar comparison')

  await page.getByRole('button', { name: 'Washington Maritime Blue' }).click()
  await expect(page.getByRole('heading', { name: 'Washington Maritime Blue', level: 1 })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Governance' })).toBeVisible()
  await page.getByRole('button', { name: 'Library home' }).click()
  await page.getByRole('button', { name: 'The five pillars' }).click()
  await expect(page.getByRole('heading', { name: 'Investors', level: 2 })).toBeVisible()
})

test('the canon: a guide reads as a page with its sources, and a dated claim says as of when', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  const search = page.getByRole('combobox', { name: 'Search the library' })
  await search.fill('Greenbook')
  const results = page.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option').first()).toContainText('Greenbook')
  await search.fill('ESCA')
  await expect(results.getByRole('option').first()).toContainText('Bronze, Silver and Gold (ESCA, now EUCLES)')
  await search.fill('')

  await page.getByRole('region', { name: 'Introductory' }).getByRole('button', { name: 'Setting up and running a cluster organisation' }).click()
  await expect(page.getByRole('heading', { name: 'Setting up and running a cluster organisation', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: '4. Mix your funding, and charge members' })).toBeVisible()
  await expect(page.getByText('(as of 15 March 2021)').first()).toBeVisible()
  await page.getByText('(as of 15 March 2021)').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('library-guide-facts.png') })
  await expectNoSeriousA11yViolations(page, 'the practical guide')
})
