import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

type Stored = { members: { name: string; pillar: string; stage: string; contactEmail: string; tags: string[] }[]; importValues: unknown }

const CSV = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'csv', name)
const stored = async (app: AppHarness) => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as Stored
}

async function openImport(app: AppHarness, file: string) {
  await app.page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Members' }).click()
  app.dialogAnswers.push(CSV(file))
  await app.page.getByRole('button', { name: 'Import CSV or Excel…' }).click()
  return app.page.getByRole('dialog', { name: 'Import members' })
}

test('unrecognised values are mapped, a row is corrected, and the mapping is remembered', async ({ app }) => {
  const { page } = app
  const dialog = await openImport(app, 'pillar-stage-values.csv')
  await expect(dialog).toContainText('pillar-stage-values.csv: 6 rows · UTF-8 · Comma-separated')
  const acadmia = dialog.getByLabel('Pillar “Acadmia” (2 rows)')
  await expect(acadmia).toHaveValue('unassigned')
  await expect(dialog.getByLabel('Stage “Maybe later” (2 rows)')).toHaveValue('prospect')
  await acadmia.selectOption('academia')
  // The live preview follows the mapping.
  await expect(dialog.getByRole('row', { name: /Acme Robotics/ })).toContainText('Academia')

  await expect(dialog).toContainText('Row 3: “post@nordic-invest” does not look like an e-mail address')
  const email = dialog.getByLabel('Contact e-mail in row 3')
  await email.fill('post@nordic-invest.no')
  await email.blur()
  await expect(dialog).not.toContainText('Row 3: “post@nordic-invest”')
  // The analysis has run again with the mapping: a mapped value stays listed, so the choice can be changed.
  await expect(acadmia).toHaveValue('academia')
  await expect(dialog).toContainText('Row 4: “not a website” does not look like a web address')
  await page.screenshot({ path: test.info().outputPath('import-dialog.png') })
  await expectNoSeriousA11yViolations(page, 'the import dialog with values to map')

  await dialog.getByRole('button', { name: 'Import 6 rows' }).click()
  await expect(dialog).toContainText('Imported 6 members')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect.poll(async () => (await stored(app)).members.find((m) => m.name === 'Acme Robotics')).toMatchObject({ pillar: 'academia', stage: 'prospect' })
  expect((await stored(app)).members.find((m) => m.name === 'Nordic Invest')).toMatchObject({ contactEmail: 'post@nordic-invest.no', stage: 'letter-of-support' })
  expect((await stored(app)).importValues).toEqual({ pillar: { acadmia: 'academia' }, stage: {} })

  // Next time the value is known: nothing left to map for pillars.
  const again = await openImport(app, 'pillar-stage-values.csv')
  await expect(again.getByLabel('Stage “Maybe later” (2 rows)')).toBeVisible()
  await expect(again.getByLabel('Pillar “Acadmia” (2 rows)')).toHaveCount(0)
})

test('the detected encoding and separator can be changed, and the preview follows', async ({ app }) => {
  const dialog = await openImport(app, 'windows-1250-polish.csv')
  await expect(dialog).toContainText('Windows-1250 (Central Europe) · Semicolon-separated')
  await expect(dialog.getByRole('row', { name: /Politechnika Łódzka/ })).toBeVisible()
  await dialog.getByLabel('Text encoding (detected)').selectOption('windows-1252')
  await expect(dialog.getByRole('row', { name: /Politechnika £ódzka/ })).toBeVisible()
  await dialog.getByLabel('Text encoding (detected)').selectOption('windows-1250')
  await expect(dialog.getByRole('row', { name: /Politechnika Łódzka/ })).toBeVisible()
  // Split on commas, the whole line is one column.
  await dialog.getByLabel('Separator').selectOption(',')
  await expect(dialog.getByRole('row', { name: /Politechnika Łódzka;Łódź/ })).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: /^City/ })).toHaveValue('')
  await dialog.getByLabel('Separator').selectOption(';')
  await expect(dialog.getByRole('combobox', { name: /^City/ })).toHaveValue('1')
})

test('an Excel workbook: the sheet with members, headers under a title, values as the sheet shows them', async ({ app }) => {
  const { page } = app
  const dialog = await openImport(app, 'members.xlsx')
  await expect(dialog).toContainText('members.xlsx: 4 rows, 2 blank or heading rows left out · sheet “Members 2026”')
  await expect(dialog.getByLabel('Sheet')).toHaveValue('Members 2026')
  await expect(dialog).toContainText('Column names found in row 3.')
  await expect(dialog.getByRole('row', { name: /Kestrel Robotics/ })).toContainText('Bergen')
  await page.screenshot({ path: test.info().outputPath('import-xlsx.png') })
  await dialog.getByRole('button', { name: 'Import 4 rows' }).click()
  // Tern Capital is in the example workspace already.
  await expect(dialog).toContainText('Imported 3 members')
  await expect(dialog).toContainText('Row 9: Tern Capital (same name as Tern Capital)')
})

test('the member list sorts by any column and edits a selection at once, with plurals right', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Members' }).click()
  await expect(page.getByText('36 members.')).toBeVisible()
  const names = page.locator('.member-rows .member-name')
  await page.getByRole('button', { name: 'Name' }).click()
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
  const ascending = await names.first().textContent()
  await page.getByRole('button', { name: 'Name' }).click()
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending')
  await expect(names.first()).not.toHaveText(ascending!)

  await page.getByRole('searchbox').fill('Tern Capital')
  await expect(page.getByText('1 of 36 members matches.')).toBeVisible()
  await page.getByLabel('Select Tern Capital').check()
  const bar = page.getByRole('region', { name: 'Edit the selected members' })
  await expect(bar).toContainText('1 member selected')
  await bar.getByLabel('Stage').selectOption('committed')
  await bar.getByLabel('Add tags').fill('anchor, finance')
  await page.screenshot({ path: test.info().outputPath('bulk-edit.png') })
  await bar.getByRole('button', { name: 'Apply to 1 member' }).click()
  await expect.poll(async () => (await stored(app)).members.find((m) => m.name === 'Tern Capital')).toMatchObject({ stage: 'committed', tags: expect.arrayContaining(['anchor', 'finance']) })
})
