import type { Locator, Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PLACEMENTS } from '../../src/shared/pillars'
import { MemberSchema } from '../../src/shared/workspace/member'
import { createWorkspace } from '../../src/shared/workspace/schema'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

type Stored = { members: { id: string; name: string; pillar: string }[] }

const bundleOf = (app: AppHarness) => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return session.view.location
}
const stored = async (app: AppHarness) => JSON.parse(await readFile(join(bundleOf(app), 'workspace.json'), 'utf8')) as Stored
const pillarOnDisk = async (app: AppHarness, name: string) => (await stored(app)).members.find((member) => member.name === name)?.pillar
const lane = (page: Page, label: string) => page.getByRole('region', { name: label, exact: true })
const card = (page: Page, name: string) => page.locator('.member-card', { hasText: name })
/** The line that shows where a dragged card would land, drawn in the lane's list while a card is over it. */
const dropLine = (page: Page, label: string) => lane(page, label).locator('.lane-list.dropping')

/** A real pointer drag: dnd-kit needs the pointer to travel, not jump. `beforeDrop` runs with the card held over `to`. */
async function drag(page: Page, from: Locator, to: Locator, where: 'upper' | 'middle' = 'middle', beforeDrop?: () => Promise<void>) {
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 4 })
  await page.mouse.move(b.x + b.width / 2, where === 'upper' ? b.y + b.height * 0.25 : b.y + b.height / 2, { steps: 12 })
  await beforeDrop?.()
  await page.mouse.up()
}

/** Opens a new workspace of `count` members, "Member 0" (id m0) onwards, spread over the lanes in turn. */
async function openNumbered(app: AppHarness, name: string, count: number) {
  const bundle = join(app.workDir, `${name}.cluster`)
  const members = Array.from({ length: count }, (_, i) => MemberSchema.parse({ id: `m${i}`, name: `Member ${i}`, pillar: PLACEMENTS[i % PLACEMENTS.length] }))
  await createWorkspaceBundle(bundle, { ...createWorkspace({ id: name.toLowerCase().replace(/\W+/g, '-'), now: new Date().toISOString(), name }), members })
  await app.services.session.openPath(bundle)
  await app.page.reload()
}

async function openMap(page: Page) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Pillar map' }).click()
  await expect(page.getByRole('heading', { name: 'Pillar map', level: 1 })).toBeVisible()
}

test('dragging a card to another pillar moves it on disk, and Ctrl+Z undoes it', async ({ app }) => {
  const { page } = app
  await openMap(page)
  await drag(page, card(page, 'Tern Capital'), lane(page, 'Academia').locator('.lane-body'), 'middle', async () => {
    // A pointer drag carries a copy of the card under the pointer; the drop line shows in the lane below it.
    await expect(page.locator('.drag-overlay')).toHaveText('Tern Capital')
    await expect(dropLine(page, 'Academia')).toHaveCount(1)
    await expect(dropLine(page, 'Investors')).toHaveCount(0)
  })
  await expect(lane(page, 'Academia')).toContainText('Tern Capital')
  await expect(lane(page, 'Investors')).not.toContainText('Tern Capital')
  await expect.poll(() => pillarOnDisk(app, 'Tern Capital')).toBe('academia')

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Z')
  await expect(lane(page, 'Investors')).toContainText('Tern Capital')
  await expect.poll(() => pillarOnDisk(app, 'Tern Capital')).toBe('investors')
  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(() => pillarOnDisk(app, 'Tern Capital')).toBe('academia')
})

test('cards reorder within a lane, and a selection moves together', async ({ app }) => {
  const { page } = app
  await openMap(page)
  const industry = lane(page, 'Industry leaders')
  await drag(page, card(page, 'Tidewater Ferries'), card(page, 'Skarvik Shipping AS'), 'upper')
  await expect(industry.locator('.card-name').first()).toHaveText('Tidewater Ferries')
  await expect.poll(async () => (await stored(app)).members.filter((m) => m.pillar === 'industry')[0]?.name).toBe('Tidewater Ferries')

  await card(page, 'Kelpworks').click()
  await card(page, 'Ondine Sonar').click({ modifiers: ['Control'] })
  await expect(page.locator('.member-card.selected')).toHaveCount(2)
  await drag(page, card(page, 'Kelpworks'), lane(page, 'Investors').locator('.lane-body'))
  await expect(lane(page, 'Investors')).toContainText('Kelpworks')
  await expect(lane(page, 'Investors')).toContainText('Ondine Sonar')
  await expect.poll(() => pillarOnDisk(app, 'Ondine Sonar')).toBe('investors')
})

test('cards move with the keyboard alone, with spoken feedback, and through the card menu', async ({ app }) => {
  const { page } = app
  await openMap(page)
  // Every card is described by the board's instructions, whether or not it has been used yet.
  const helpId = await card(page, 'Kelpworks').getAttribute('aria-describedby')
  await expect(page.locator(`[id="${helpId}"]`)).toHaveText(/To move this member, press Space/)
  await expect(card(page, 'Tern Capital')).toHaveAttribute('aria-describedby', helpId!)
  await card(page, 'Tern Capital').focus()
  await page.keyboard.press('Space')
  await expect(page.locator('.member-card[data-member-id]', { hasText: 'Tern Capital' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('Tern Capital is over Investors, before Coastal Growth Fund.')).toBeAttached()
  // Picked up with the keyboard, the card stays where it is, marked, with no copy floating over the board.
  await expect(page.locator('.board.moving-by-keyboard .member-card.dragging')).toHaveText(/Tern Capital/)
  await expect(page.locator('.drag-overlay')).toHaveCount(0)
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText(/Tern Capital is over .*Academia/)).toBeAttached()
  // The drop line moves with the key, into the lane the card is now over.
  await expect(dropLine(page, 'Academia')).toHaveCount(1)
  await expect(dropLine(page, 'Investors')).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(lane(page, 'Academia')).toContainText('Tern Capital')
  await expect(page.getByText(/Tern Capital moved to .*Academia/)).toBeAttached()
  // Focus follows the card into its new lane, so the next move can start straight away.
  await expect(card(page, 'Tern Capital')).toBeFocused()
  await expect.poll(() => pillarOnDisk(app, 'Tern Capital')).toBe('academia')

  await card(page, 'Kelpworks').focus()
  await page.keyboard.press('Shift+F10')
  const menu = page.getByRole('menu', { name: 'Member actions' })
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: 'Move to Government' }).click()
  await expect(lane(page, 'Government')).toContainText('Kelpworks')
  await expect.poll(() => pillarOnDisk(app, 'Kelpworks')).toBe('government')
})

test('the filter narrows the map and marks what matched; the balance panel names the gaps', async ({ app }) => {
  const { page } = app
  await openMap(page)
  await page.getByLabel('Filter members by name, tag, sector or stage').fill('sonar')
  await expect(page.locator('.member-card')).toHaveCount(1)
  await expect(page.locator('.member-card mark')).toHaveText('Sonar')
  await expect(page.locator('.member-card .card-name')).toHaveText('Ondine Sonar') // the whole name, not only the match
  await expect(lane(page, 'Entrepreneurs').locator('.lane-counts')).toContainText('1 of 8')
  await page.getByLabel('Filter members by name, tag, sector or stage').fill('robotics')
  await expect(page.locator('.member-card')).toHaveCount(2) // a name and a sector
  await page.getByLabel('Filter members by name, tag, sector or stage').fill('')

  const balance = page.getByRole('button', { name: 'Balance' })
  if ((await balance.getAttribute('aria-pressed')) !== 'true') await balance.click()
  const panel = page.getByRole('complementary', { name: 'Balance' })
  await expect(panel).toContainText('Investors has only prospects and members in talks.')
  await expect(panel).toContainText('13 committed so far; 2 more needed.')
  await page.screenshot({ path: test.info().outputPath('map.png') })
  await expectNoSeriousA11yViolations(page, 'the pillar map')

  // The panel follows the map once the page is idle: a committed member moved to Investors fills that gap.
  await card(page, 'Skarvik Shipping AS').click({ button: 'right' })
  await page.getByRole('menu', { name: 'Member actions' }).getByRole('menuitem', { name: 'Move to Investors' }).click()
  await expect(lane(page, 'Investors')).toContainText('Skarvik Shipping AS')
  await expect(panel).not.toContainText('Investors has only prospects and members in talks.')
  await expect(panel.locator('.balance-figures').nth(4)).toHaveText('4 · 1 committed')
})

test('members are added (with a duplicate warning), edited and deleted with undo', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Members' }).click()
  await page.getByRole('button', { name: 'Add member…' }).click()
  const form = page.getByRole('dialog', { name: 'Add a member' })
  await form.getByLabel('Name', { exact: true }).fill('Tern Capital AS')
  await form.getByLabel('Pillar').selectOption('investors')
  await form.getByRole('button', { name: 'Add member' }).click()
  await expect(form.getByRole('alert')).toContainText('This looks like Tern Capital (same name)')
  await expectNoSeriousA11yViolations(page, 'the member form with a duplicate warning')
  await form.getByRole('button', { name: 'Add anyway' }).click()
  await expect.poll(async () => (await stored(app)).members.filter((m) => m.name.startsWith('Tern Capital')).length).toBe(2)

  await page.getByRole('button', { name: 'Edit Kelpworks' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit member' })
  await edit.getByLabel('City').fill('Bergen')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('row', { name: /Kelpworks/ })).toContainText('Bergen')

  await page.getByRole('button', { name: 'Delete Kelpworks' }).click()
  await expect(page.getByRole('row', { name: /Kelpworks/ })).toHaveCount(0)
  await page.getByRole('log', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('row', { name: /Kelpworks/ })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the member list')
})

test('a CSV file is imported through the app with a corrected column mapping, in one undoable step', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Members' }).click()
  app.dialogAnswers.push(join(import.meta.dirname, '..', 'fixtures', 'csv', 'header-variants.csv'))
  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import members' })
  await expect(dialog).toContainText('header-variants.csv: 3 rows')
  await expect(dialog.getByLabel('Pillar (or type / category)')).toHaveValue('1')
  await expect(dialog.getByRole('row', { name: /Fjordline Growth Fund/ })).toContainText('Investors')

  // "Category" describes the sector, not the pillar, in this file.
  await dialog.getByLabel('Pillar (or type / category)').selectOption('')
  await dialog.getByLabel('Sector').selectOption('1')
  await expect(dialog.getByRole('row', { name: /Fjordline Growth Fund/ })).toContainText('Unassigned')
  await expectNoSeriousA11yViolations(page, 'the import dialog')
  await dialog.getByRole('button', { name: 'Import 3 rows' }).click()
  await expect(dialog).toContainText('Imported 3 members')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByText('39 members.')).toBeVisible()
  await expect.poll(async () => (await stored(app)).members.find((m) => m.name === 'Harbour Council')).toMatchObject({ pillar: 'unassigned' })

  await page.keyboard.press('Control+Z')
  await expect(page.getByText('36 members.')).toBeVisible()
})

test('a workspace of 3,000 members opens whole; each lane counts all its members but holds only the cards in view', async ({ app }) => {
  const { page } = app
  // Its session view is far over the bridge's inline size: this also covers the path large replies take.
  await openNumbered(app, 'Large Cluster', 3000)
  await expect(page.getByRole('heading', { level: 1, name: 'Large Cluster' })).toBeVisible()
  await openMap(page)
  for (const name of ['Industry leaders', 'Academia', 'Unassigned']) await expect(lane(page, name).locator('.lane-counts')).toHaveText('500 · 0 committed')
  await expect.poll(() => page.locator('.member-card').count()).toBeGreaterThan(6)
  expect(await page.locator('.member-card').count()).toBeLessThan(200)
  await page.getByLabel('Filter members by name, tag, sector or stage').fill('Member 2999')
  await expect(page.locator('.member-card')).toHaveCount(1)
  await expect(lane(page, 'Unassigned')).toContainText('Member 2999')
})

test('a filter or a scroll reuses the cards in view for the members it brings, but never the focused card', async ({ app }) => {
  const { page } = app
  await openNumbered(app, 'Reuse', 1200)
  await openMap(page)
  const industry = page.locator('.lane-industry')
  await expect.poll(() => industry.locator('.member-card').count()).toBeGreaterThan(4)
  const mark = () => page.evaluate(() => document.querySelectorAll('.lane-industry .member-card').forEach((el, i) => Object.assign(el, { reuseMark: i })))
  const cards = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.lane-industry .member-card')].map((el) => ({ id: el.dataset.memberId, name: el.querySelector('.card-name')?.textContent, marked: 'reuseMark' in el }))
    )
  // Every card shows the member it stands for.
  const consistent = (shown: Awaited<ReturnType<typeof cards>>) => expect(shown.filter((c) => c.name !== `Member ${c.id!.slice(1)}`)).toEqual([])

  await mark()
  const before = await cards()
  await page.getByLabel('Filter members by name, tag, sector or stage').fill('Member 1')
  await expect(industry.locator('.lane-counts')).toContainText('of 200')
  const filtered = await cards()
  consistent(filtered)
  expect(filtered.every((c) => c.name!.startsWith('Member 1'))).toBe(true)
  expect(filtered.map((c) => c.id)).not.toEqual(before.map((c) => c.id))
  expect(filtered.filter((c) => c.marked).length).toBe(Math.min(before.length, filtered.length)) // updated in place, not rebuilt

  // Scrolled out of view, the focused card goes away with its member instead of showing another one.
  await page.getByLabel('Filter members by name, tag, sector or stage').fill('')
  await industry.locator('.member-card').first().focus()
  const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.memberId)
  await mark()
  await industry.locator('.lane-body').evaluate((body) => body.scrollBy(0, 70 * 30))
  await expect.poll(async () => (await cards())[0]?.id).not.toBe(focusedId)
  const scrolled = await cards()
  consistent(scrolled)
  expect(scrolled.filter((c) => c.marked).length).toBeGreaterThan(0) // cards that left were handed to those that came
  const focusedNow = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.memberId ?? null)
  expect([null, focusedId]).toContain(focusedNow)
})

test('focusing the filter adds no compositor layers beyond the field’s own (a click into it stays quick)', async ({ app }) => {
  const { page } = app
  await openMap(page)
  const cdp = await page.context().newCDPSession(page)
  let layers: { layerId: string; width: number; height: number; drawsContent: boolean }[] = []
  cdp.on('LayerTree.layerTreeDidChange', (event) => (layers = (event.layers ?? []) as typeof layers))
  await cdp.send('LayerTree.enable')
  const drawn = async () => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await page.waitForTimeout(200)
    return layers.filter((layer) => layer.drawsContent)
  }
  const before = new Set((await drawn()).map((layer) => layer.layerId))
  const filter = page.getByLabel('Filter members by name, tag, sector or stage')
  await filter.click()
  await filter.pressSequentially('sonar', { delay: 0 })
  const field = (await filter.boundingBox())!
  const added = (await drawn()).filter((layer) => !before.has(layer.layerId))
  // Chromium's own layers for the field (its caret, its focus ring) are fine; the lanes or the content area are not.
  expect(added.filter((layer) => layer.width > field.width + 20 || layer.height > field.height + 20)).toEqual([])
  await cdp.detach()
})
