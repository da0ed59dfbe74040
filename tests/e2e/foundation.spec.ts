import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp'
import { expect, test } from './support/app-fixture'

const readWorkspace = async (bundle: string) =>
  JSON.parse(await readFile(join(bundle, 'workspace.json'), 'utf8')) as { cluster: { name: string } }

test('the labelled demo workspace opens on first run', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Coast Ocean Cluster' })).toBeVisible()
  await expect(page.getByText('Example', { exact: true })).toBeVisible()
  await expect(page.getByText(/This is an invented example cluster/)).toBeVisible()
  await expect(page).toHaveTitle('Kestrel Coast Ocean Cluster — Cluster Workbench')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  const counts = page.getByRole('table')
  await expect(counts.getByRole('row', { name: /^Investors/ })).toContainText('3')
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  await page.screenshot({ path: test.info().outputPath('demo.png'), fullPage: true })
})

test('File > New creates an empty workspace where the user chooses', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  app.dialogAnswers.push(join(app.workDir, 'Harbour Ocean Tech'))
  await page.keyboard.press('Control+N')
  const dialog = page.getByRole('dialog', { name: 'New workspace' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Cluster name').fill('Harbour Ocean Tech')
  await dialog.getByRole('button', { name: 'Create…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Ocean Tech' })).toBeVisible()
  await expect(page.getByText('Example', { exact: true })).toHaveCount(0)
  const bundle = join(app.workDir, 'Harbour Ocean Tech.cluster')
  await expect(page.getByText(bundle)).toBeVisible()
  expect((await readWorkspace(bundle)).cluster.name).toBe('Harbour Ocean Tech')
  await expect(page.getByRole('table').getByRole('row', { name: /^All/ })).toContainText('0')
})

test('renaming the cluster is saved to the file on disk and survives a reload and a relaunch', async ({ app }) => {
  const { page } = app
  const name = page.getByLabel('Cluster name')
  await expect(name).toHaveValue('Kestrel Coast Ocean Cluster')
  await name.fill('Kestrel Coast Blue Økonomi Cluster')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  const bundle = (await app.services.session.getSession()).state === 'open' ? app.services.session.getSession() : null
  const location = bundle?.state === 'open' ? bundle.view.location : ''
  await expect.poll(async () => (await readWorkspace(location)).cluster.name).toBe('Kestrel Coast Blue Økonomi Cluster')

  await page.reload()
  await expect(page.getByLabel('Cluster name')).toHaveValue('Kestrel Coast Blue Økonomi Cluster')

  await app.relaunch()
  await expect(app.page.getByRole('heading', { level: 1, name: 'Kestrel Coast Blue Økonomi Cluster' })).toBeVisible()
  await expect(app.page).toHaveTitle(/Kestrel Coast Blue Økonomi Cluster/)
})

test('an empty name is refused with a message and never saved', async ({ app }) => {
  const { page } = app
  const name = page.getByLabel('Cluster name')
  await name.fill('')
  await expect(page.getByText('The cluster needs a name.')).toBeVisible()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await name.blur()
  await name.fill('Back Again')
  await expect(page.getByRole('heading', { level: 1, name: 'Back Again' })).toBeVisible()
})

test('a damaged workspace is named with its problem, left untouched, and its backup can be opened', async ({ app }) => {
  const { page } = app
  const session = app.services.session.getSession()
  const location = session.state === 'open' ? session.view.location : ''
  await page.getByLabel('Cluster name').fill('Before the damage')
  await expect.poll(async () => (await readWorkspace(location)).cluster.name).toBe('Before the damage')
  await page.getByLabel('Cluster name').fill('Second save')
  await expect.poll(async () => (await readWorkspace(location)).cluster.name).toBe('Second save')
  await app.services.session.dispose() // as when the app quits with the workspace open
  await writeFile(join(location, 'workspace.json'), '{"schemaVersion": 1, "id": "cut')

  await app.relaunch()
  const alert = app.page.getByRole('alert')
  await expect(alert).toContainText('This workspace could not be opened')
  await expect(alert).toContainText('not valid JSON')
  await expect(alert).toContainText('The file has not been changed')
  expect(await readFile(join(location, 'workspace.json'), 'utf8')).toBe('{"schemaVersion": 1, "id": "cut')
  await app.page.screenshot({ path: test.info().outputPath('damaged.png'), fullPage: true })

  await alert.getByRole('button', { name: 'Open previous save' }).click()
  await expect(app.page.getByRole('heading', { level: 1, name: 'Before the damage' })).toBeVisible()
})

test('the start screen lists recent workspaces and reopens one', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await app.services.session.closeWorkspace()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Cluster Workbench', level: 1 })).toBeVisible()
  const recent = page.getByRole('region', { name: 'Recent workspaces' })
  await recent.getByRole('button', { name: 'Kestrel Coast Ocean Cluster (example)', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Coast Ocean Cluster' })).toBeVisible()
})

// Whether the page sees Node or Electron globals depends on Electron's webPreferences and the
// preload, so tests/electron checks it in the real app; plain Chromium never has them.
test("the page's CSP blocks inline script and eval", async ({ app }) => {
  const { page } = app
  app.allowConsoleError(/violates the following Content Security Policy directive/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__pwned = 1'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    let evalBlocked = false
    try {
      new Function('return 1')()
    } catch {
      evalBlocked = true
    }
    return { pwned: (window as unknown as { __pwned?: number }).__pwned, evalBlocked }
  })
  expect(ran).toEqual({ pwned: undefined, evalBlocked: true })
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toBe(CONTENT_SECURITY_POLICY)
  const response = await page.request.get(page.url())
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
})
