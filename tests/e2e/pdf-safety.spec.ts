import type { Page } from '@playwright/test'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

/** PDFs from anywhere must never harm the user: scripts do not run, broken files fail politely. */
const PDFS = join(import.meta.dirname, '..', 'fixtures', 'pdf')

async function importPdf(app: AppHarness, fileName: string) {
  const { page } = app
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Library' }).click()
  app.dialogAnswers.push(join(PDFS, fileName))
  await page.getByRole('button', { name: 'Import PDF…' }).click()
}

const viewer = (page: Page) => page.getByRole('region', { name: /^PDF:/ })

test('a PDF with JavaScript and a Launch action opens as a document and nothing in it runs', async ({ app }) => {
  const { page } = app
  const dialogs: string[] = []
  const popups: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.context().on('page', (popup) => popups.push(popup.url()))
  const requests: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(page.url()).origin) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) requests.push(request.url())
  })
  await importPdf(app, 'scripted.pdf')
  await expect(viewer(page).getByText('Page 1 of 2')).toBeVisible()
  await expect(viewer(page).locator('.textLayer')).toContainText('Kestrel Coast regional study')
  await viewer(page).getByRole('button', { name: 'Next page' }).click()
  await expect(viewer(page).getByText('Page 2 of 2')).toBeVisible()
  expect(dialogs).toEqual([])
  expect(popups).toEqual([])
  expect(requests).toEqual([])
  expect(app.openedExternally).toEqual([])
  expect(page.url()).toMatch(/\/index\.html$/)
})

const resourceTitles = (app: AppHarness) => app.services.session.currentWorkspace().library.resources.map((resource) => resource.title)

test('a truncated PDF is kept, and the viewer says it is damaged instead of crashing', async ({ app }) => {
  const { page } = app
  app.allowConsoleError(/Invalid PDF|InvalidPDFException|Warning/i)
  await importPdf(app, 'truncated.pdf')
  // It starts like a PDF, so it is imported; pdf.js cannot read what is left of it.
  await expect(viewer(page).getByRole('alert')).toContainText('This file is damaged or is not really a PDF')
  await expect(viewer(page).getByRole('button', { name: 'Save a copy…' })).toBeVisible()
  expect(resourceTitles(app)).toEqual(['truncated'])
  await page.getByRole('button', { name: 'Library home' }).click()
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
})

test('a file that is not a PDF is refused with a reason, and nothing is added', async ({ app }) => {
  const { page } = app
  await importPdf(app, 'not-a-pdf.pdf')
  await expect(page.getByRole('alert').filter({ hasText: '"not-a-pdf.pdf" is not a PDF document' })).toBeVisible()
  expect(resourceTitles(app)).toEqual([])
  expect(await readdir(app.services.session.attachmentsDir({ writable: false }))).toEqual([])
})

test('a password-protected PDF asks for its password in the app, and opens with the right one', async ({ app }) => {
  const { page } = app
  await importPdf(app, 'password.pdf')
  const dialog = page.getByRole('dialog', { name: 'This PDF needs a password' })
  await expect(dialog).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the password dialog')
  await dialog.getByLabel('Password').fill('wrong')
  await dialog.getByRole('button', { name: 'Open' }).click()
  await expect(dialog.getByRole('alert')).toContainText('not right')
  await dialog.getByLabel('Password').fill('kestrel')
  await dialog.getByRole('button', { name: 'Open' }).click()
  await expect(dialog).toBeHidden()
  await expect(viewer(page).getByText(/Page 1 of \d/)).toBeVisible()
})

test('declining the password leaves a clear message and the rest of the app working', async ({ app }) => {
  const { page } = app
  await importPdf(app, 'password.pdf')
  const dialog = page.getByRole('dialog', { name: 'This PDF needs a password' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert')).toContainText('protected by a password')
  await page.getByRole('button', { name: 'Library home' }).click()
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
})
