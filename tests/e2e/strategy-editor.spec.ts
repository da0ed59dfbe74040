import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'
import { paste } from './support/clipboard'

type StoredStrategy = { sections: { title: string; markdown: string }[] }

const stored = async (app: AppHarness): Promise<StoredStrategy> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { strategy: StoredStrategy }).strategy
}
const saved = async (app: AppHarness, title: string) => (await stored(app)).sections.find((section) => section.title === title)?.markdown
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) })
const body = (page: Page) => page.getByRole('textbox', { name: /^Section text/ })
const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' })

async function openSection(page: Page, title: RegExp) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Strategy' }).click()
  await outline(page).getByRole('button', { name: title }).click()
  await expect(body(page)).toBeVisible()
}

/** Chooses from the completion list that `{{` or `@` opened, from the keyboard. */
async function complete(page: Page, trigger: string, query: string, option: string) {
  await page.keyboard.type(trigger)
  await page.keyboard.type(query)
  await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText(option)
  await page.keyboard.press('Enter')
}

test('a section is written with the keyboard alone: formatting, a list, a link, a table, two data chips and a citation', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await openSection(page, /^Vision/)
  await body(page).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')

  await page.keyboard.press('Control+Alt+2')
  await page.keyboard.type('Where we are going')
  await page.keyboard.press('Enter')
  await page.keyboard.type('We grow the ')
  await page.keyboard.press('ControlOrMeta+B')
  await page.keyboard.type('working coast')
  await page.keyboard.press('ControlOrMeta+B')
  await page.keyboard.type(' with ')
  await complete(page, '{{', 'name', 'Cluster name')
  await page.keyboard.type('in ')
  await complete(page, '{{', 'region', 'Region')
  await page.keyboard.type('as clusters do ')
  await complete(page, '@', 'porter', 'Clusters and the New Economics of Competition')
  await page.keyboard.press('Enter')

  await page.keyboard.press('Control+Shift+8')
  await page.keyboard.type('Shared test site')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Joint tenders')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')

  // Ctrl+K belongs to the text here: it adds a link instead of opening the command palette.
  await page.keyboard.type('Read more: ')
  await page.keyboard.press('ControlOrMeta+K')
  const link = page.getByRole('textbox', { name: 'Link to' })
  await expect(link).toBeFocused()
  await expect(page.getByRole('dialog', { name: 'Commands' })).toHaveCount(0)
  await link.fill('javascript:alert(1)')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toHaveText('Only web addresses (https://…) and e-mail addresses can be links.')
  await link.fill('kestrel.example.org')
  await shot(page, 'editor-link-form')
  await page.keyboard.press('Enter')
  await expect(body(page)).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')

  // The table button, reached backwards from the text through the toolbar.
  for (const name of ['Print preview', 'Cite a library item', 'Insert workspace data', 'Table']) {
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole(name === 'Table' || name === 'Print preview' ? 'button' : 'combobox', { name, exact: true })).toBeFocused()
  }
  await page.keyboard.press('Enter')
  await expect(body(page)).toBeFocused()
  for (const cell of ['Pillar', 'Members', 'Lead', 'Industry', '12', 'Kestrel Yards']) {
    await page.keyboard.type(cell)
    await page.keyboard.press('Tab')
  }

  await expect(body(page).locator('.chip-dataField')).toHaveText(['Kestrel Coast Ocean Cluster', /\S/])
  await expect(body(page).locator('.chip-citation')).toHaveText('Porter 1998')
  await shot(page, 'editor-written')
  await expectNoSeriousA11yViolations(page, 'the rich-text editor with chips, a list, a link and a table')

  await body(page).blur()
  const markdown = (await expect.poll(() => saved(app, 'Vision')).toContain('| Pillar'), await saved(app, 'Vision'))!
  expect(markdown).toContain('## Where we are going\n\nWe grow the **working coast** with {{cluster.name}} in {{cluster.region}} as clusters do [@porter-1998-new-economics-of-competition]')
  expect(markdown).toContain('- Shared test site\n- Joint tenders')
  expect(markdown).toContain('Read more: [kestrel.example.org](https://kestrel.example.org)')
  expect(markdown).toMatch(/\| Pillar +\| Members +\| Lead +\|\n\| -+ \| -+ \| -+ \|\n\| Industry +\| 12 +\| Kestrel Yards +\|/)

  // The completion list itself, open, is accessible too.
  await body(page).press('ControlOrMeta+End')
  await page.keyboard.type(' {{')
  await expect(page.getByRole('listbox', { name: 'Insert workspace data' })).toBeVisible()
  await shot(page, 'editor-completion-list')
  await expectNoSeriousA11yViolations(page, 'the completion list')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toHaveCount(0)
})

test('a snapshot, a change, the comparison, a restore and its undo, all with the rich-text editor', async ({ app }) => {
  const { page } = app
  await openSection(page, /^Vision/)
  await body(page).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('We grow the working coast together.')
  await expect.poll(() => saved(app, 'Vision')).toBe('We grow the working coast together.')

  await page.getByRole('tab', { name: 'Snapshots' }).click()
  await page.getByLabel('Name this version').fill('Before the board')
  await page.getByRole('button', { name: 'Take snapshot' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Before the board' })).toBeVisible()

  await page.getByRole('tab', { name: 'Document' }).click()
  await outline(page).getByRole('button', { name: /^Vision/ }).click()
  await body(page).click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(' Every member has a say.')
  // Ctrl+Z is the editor's own undo, and Ctrl+Y its redo.
  await page.keyboard.press('ControlOrMeta+Z')
  await expect(body(page)).toHaveText('We grow the working coast together.')
  await page.keyboard.press('Control+Y')
  await expect(body(page)).toHaveText('We grow the working coast together. Every member has a say.')
  await expect.poll(() => saved(app, 'Vision')).toBe('We grow the working coast together. Every member has a say.')

  await page.getByRole('tab', { name: 'Snapshots' }).click()
  await page.getByRole('listitem').filter({ hasText: 'Before the board' }).getByRole('button', { name: 'Compare' }).click()
  const changes = page.getByRole('region', { name: 'Changes since Before the board' })
  await expect(changes.locator('.change-changed ins')).toHaveText('Every member has a say.')
  await page.getByRole('button', { name: 'Restore Before the board' }).click()
  await expect.poll(() => saved(app, 'Vision')).toBe('We grow the working coast together.')
  await page.getByRole('tab', { name: 'Document' }).click()
  await outline(page).getByRole('button', { name: /^Vision/ }).click()
  await expect(body(page)).toHaveText('We grow the working coast together.')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => saved(app, 'Vision')).toBe('We grow the working coast together. Every member has a say.')
  // The open editor follows the undo: nothing typed was pending.
  await expect(body(page)).toHaveText('We grow the working coast together. Every member has a say.')
})

test('text pasted from Word keeps its headings, lists, table, bold, italic and links, and none of its styling', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await openSection(page, /^Services to members/)
  await body(page).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  const word = await readFile(join(import.meta.dirname, '..', 'fixtures', 'clipboard', 'word-strategy.html'), 'utf8')
  await paste(body(page), { 'text/html': word, 'text/plain': 'Kestrel Coast Ocean Cluster' })

  await expect(body(page).locator('h1')).toHaveText('Kestrel Coast Ocean Cluster')
  await expect(body(page).locator(':scope > ul > li')).toHaveText([/^Shared test site at the harbour/, 'Joint tenders for hybrid ferries'])
  await expect(body(page).locator('ul ul > li')).toHaveText('Open to every member')
  await expect(body(page).locator('ol > li')).toHaveText(['Map the members', 'Agree the targets'])
  await expect(body(page).locator('table th')).toHaveText(['Pillar', 'Members'])
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://kestrel.example.org/survey')
  // The editor's own table sizing (a col and the table) is the only inline style left.
  await expect(body(page).locator('[style]:not(col, table), [class*="Mso"], font, span:not(.chip)')).toHaveCount(0)
  await shot(page, 'editor-word-paste')

  await body(page).blur()
  await expect.poll(() => saved(app, 'Services to members')).toContain('- Shared test site at the harbour\n  - Open to every member\n- Joint tenders for **hybrid ferries**')
  const markdown = (await saved(app, 'Services to members'))!
  for (const junk of ['mso', 'Calibri', '[AH1]', 'javascript', '&nbsp;']) expect(markdown).not.toContain(junk)
})
