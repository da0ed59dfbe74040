import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

type StoredStrategy = {
  started: boolean
  templateId: string | null
  sections: { id: string; title: string; markdown: string; status: string }[]
  targets: { indicator: string; target: string; year: number | null }[]
  initiatives: { title: string; leadId: string | null; partnerIds: string[] }[]
  snapshots: { name: string }[]
  frozen: Record<string, string> | null
}

const stored = async (app: AppHarness): Promise<StoredStrategy> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { strategy: StoredStrategy }).strategy
}
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' })

async function startMaritimeBlue(page: Page) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Strategy' }).click()
  // The demo ships a drafted strategy: start again from a template (its targets, initiatives and snapshot stay).
  await page.getByRole('button', { name: 'Start again from a template…' }).click()
  await expect(page.getByRole('heading', { name: 'Start your strategy' })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the template picker')
  await page.getByRole('button', { name: 'Start with this template : Multi-year strategy (Maritime Blue style)' }).click()
  await expect(outline(page).getByRole('button', { name: /^Introduction and mandate/ })).toBeVisible()
}

test('a strategy starts from a template, is written with live workspace data, reordered and cited', async ({ app }) => {
  const { page } = app
  await startMaritimeBlue(page)
  await expect.poll(async () => (await stored(app)).sections.length).toBe(11)
  expect((await stored(app)).templateId).toBe('maritime-blue-style')

  // The introduction's starter text names the cluster from the workspace (the executive summary comes first, empty).
  await outline(page).getByRole('button', { name: /^Introduction and mandate/ }).click()
  // The cluster's name shows in the text itself, as a chip filled from the workspace.
  await expect(page.getByRole('textbox', { name: /^Section text/ })).toContainText('Kestrel Coast Ocean Cluster brings together organisations')
  await expect(page.getByRole('complementary', { name: 'Guidance' })).toContainText("Governor's advisory council")

  // Write in "Vision and mission".
  await outline(page).getByRole('button', { name: /^Vision and mission/ }).click()
  const body = page.getByRole('textbox', { name: /^Section text/ })
  await body.fill('By 2040 the Kestrel Coast is the cleanest working coast in Europe.')
  await page.keyboard.press('ControlOrMeta+A')
  await page.getByRole('button', { name: 'Bold' }).click()
  await expect.poll(async () => (await stored(app)).sections.find((s) => s.title === 'Vision and mission')?.markdown).toBe('**By 2040 the Kestrel Coast is the cleanest working coast in Europe.**')
  await expect.poll(async () => (await stored(app)).sections.find((s) => s.title === 'Vision and mission')?.status).toBe('draft')

  // Cite a library item: numbered in the text, listed under References.
  await body.press('End')
  await page.getByRole('combobox', { name: 'Cite a library item' }).selectOption({ label: 'Clusters and the New Economics of Competition (Porter 1998)' })
  await expect(body.locator('.chip-citation')).toHaveText('Porter 1998')
  await page.getByRole('button', { name: 'Print preview' }).click()
  await expect(page.getByLabel('Print preview', { exact: true }).locator('.citation')).toHaveText('[1]')
  await expect.poll(async () => (await stored(app)).sections.find((s) => s.title === 'Vision and mission')?.markdown).toContain('[@porter-1998-new-economics-of-competition]')
  await shot(page, 'strategy-editor')
  await expectNoSeriousA11yViolations(page, 'the strategy editor')

  // Reorder by keyboard: move "Values" above "Vision and mission".
  await outline(page).getByRole('button', { name: 'Reorder Values' }).focus()
  // Each step waits for dnd-kit's spoken announcement, as a screen-reader user would hear it.
  await page.keyboard.press('Space')
  await expect(outline(page).getByRole('button', { name: 'Reorder Values' })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ArrowUp')
  await expect(page.getByText('Values would move to position 3.')).toBeAttached()
  await page.keyboard.press('Space')
  await expect.poll(async () => (await stored(app)).sections.slice(0, 4).map((s) => s.title)).toEqual(['Executive summary', 'Introduction and mandate', 'Values', 'Vision and mission'])

  await page.getByRole('tab', { name: /References/ }).click()
  await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveText([/Michael E\. Porter \(1998\)\. Clusters and the New Economics of Competition/])
})

test('sections are dragged with the mouse, added and removed; the coverage checklist follows', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 1100 }) // the whole outline on screen, so the pointer can reach both ends
  await startMaritimeBlue(page)
  const from = outline(page).getByRole('button', { name: 'Reorder Appendices' })
  const to = outline(page).getByRole('button', { name: 'Reorder Introduction and mandate' })
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 - 10, { steps: 4 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 16 })
  await expect(page.getByText('Appendices would move to position 2.')).toBeAttached()
  await page.mouse.up()
  await expect.poll(async () => (await stored(app)).sections[1]?.title).toBe('Appendices')

  const coverage = page.getByRole('region', { name: 'Coverage checklist' })
  await outline(page).getByRole('button', { name: /^Policy recommendations/ }).click()
  await page.getByRole('button', { name: 'Remove section' }).click()
  await expect(coverage).toContainText('Not in the draft')
  await coverage.getByRole('button', { name: 'Add Policy recommendations back' }).click()
  await expect.poll(async () => (await stored(app)).sections.map((s) => s.title)).toContain('Policy recommendations')
  await outline(page).getByRole('button', { name: '+ Add section' }).click()
  await expect.poll(async () => (await stored(app)).sections.map((s) => s.title)).toContain('New section')
})

test('a snapshot is taken, the text changed, compared section by section, and restored', async ({ app }) => {
  const { page } = app
  await startMaritimeBlue(page)
  await outline(page).getByRole('button', { name: /^Values/ }).click()
  const body = page.getByRole('textbox', { name: /^Section text/ })
  await body.fill('Growing economy. Healthy ecosystems')
  await expect.poll(async () => (await stored(app)).sections.find((s) => s.title === 'Values')?.markdown).toBe('Growing economy. Healthy ecosystems')

  await page.getByRole('tab', { name: 'Snapshots' }).click()
  await page.getByLabel('Name this version').fill('Steering group v2')
  await page.getByRole('button', { name: 'Take snapshot' }).click()
  await expect.poll(async () => (await stored(app)).snapshots.map((s) => s.name)).toEqual(['Steering group v1', 'Steering group v2'])

  await page.getByRole('tab', { name: 'Document' }).click()
  await outline(page).getByRole('button', { name: /^Values/ }).click()
  await body.fill('Growing economy. Thriving communities')
  await expect.poll(async () => (await stored(app)).sections.find((s) => s.title === 'Values')?.markdown).toBe('Growing economy. Thriving communities')

  await page.getByRole('tab', { name: 'Snapshots' }).click()
  await page.getByRole('listitem').filter({ hasText: 'Steering group v2' }).getByRole('button', { name: 'Compare' }).click()
  const changes = page.getByRole('region', { name: 'Changes since Steering group v2' })
  await expect(changes.locator('details.change-changed summary')).toHaveText(['Changed Values'])
  // Marked word by word, as an editor marks a draft.
  await expect(changes.locator('.change-changed del')).toHaveText('Healthy ecosystems')
  await expect(changes.locator('.change-changed ins')).toHaveText('Thriving communities')
  await shot(page, 'strategy-snapshots')
  await expectNoSeriousA11yViolations(page, 'the snapshots tab with a comparison')
  await page.getByRole('button', { name: 'Restore Steering group v2' }).click()
  await expect.poll(async () => (await stored(app)).sections.find((s) => s.title === 'Values')?.markdown).toBe('Growing economy. Healthy ecosystems')
})

test('targets from the indicator library, initiatives with members and the pillar matrix, frozen data', async ({ app }) => {
  const { page } = app
  await startMaritimeBlue(page)
  await page.getByRole('tab', { name: 'Targets and KPIs' }).click()
  await page.getByRole('combobox', { name: 'Add an indicator from the library' }).selectOption({ label: 'Paying (private) members' })
  // The demo's four targets come first.
  await page.getByRole('textbox', { name: 'Target, row 5' }).fill('60')
  await page.getByRole('textbox', { name: 'Year, row 5' }).fill('2030')
  await page.getByRole('textbox', { name: 'Year, row 5' }).press('Enter')
  await expect.poll(async () => (await stored(app)).targets.at(-1)).toEqual(expect.objectContaining({ indicator: 'Paying (private) members', target: '60', year: 2030 }))
  await expectNoSeriousA11yViolations(page, 'the targets tab')

  await page.getByRole('tab', { name: 'Initiatives' }).click()
  await page.getByRole('button', { name: 'Add initiative' }).click()
  // After the demo's three initiatives.
  await page.getByRole('combobox', { name: 'Lead' }).last().selectOption({ index: 1 })
  await page.getByRole('searchbox', { name: /Add a partner/ }).last().fill('Tern')
  await page.getByRole('button', { name: 'Tern Capital (Investors)' }).click()
  await expect.poll(async () => (await stored(app)).initiatives.at(-1)?.partnerIds.length).toBe(1)
  const matrix = page.locator('table.matrix')
  await expect(matrix.getByRole('rowheader').last()).toContainText('Missing 3 pillars')
  await shot(page, 'strategy-initiatives')
  await expectNoSeriousA11yViolations(page, 'the initiatives tab')

  // Targets flow into the text; freezing keeps names and counts as they are.
  await page.getByRole('tab', { name: 'Document' }).click()
  await outline(page).getByRole('button', { name: /^Goals and development pathways/ }).click()
  await page.getByRole('button', { name: 'Print preview' }).click()
  await expect(page.getByLabel('Print preview', { exact: true })).toContainText('Paying (private) members to 60 by 2030')
  await page.getByRole('button', { name: 'Freeze data' }).click()
  await expect.poll(async () => (await stored(app)).frozen?.['cluster.name']).toBe('Kestrel Coast Ocean Cluster')
  await expect(page.getByText('Data frozen')).toBeVisible()
})
