import { _electron as electron, expect, test } from '@playwright/test'
import { join } from 'node:path'
import { electronBinaryStatus } from '../../scripts/electron-binary.mjs'

/**
 * The real app in the real Electron binary. Machines that cannot download Electron (such as
 * this project's CI) skip it and say why; `npm start` machines run it.
 */
const binary = electronBinaryStatus(join(import.meta.dirname, '..', '..'))

test.describe('the Electron app', () => {
  test.skip(!binary.available, `Electron suite skipped: ${binary.reason}`)

  test('launches, shows the demo in a hardened window, and saves to disk', async ({}, testInfo) => {
    const app = await electron.launch({
      args: [join(import.meta.dirname, '..', '..')],
      env: { ...process.env, CLUSTER_WORKBENCH_DATA_DIR: testInfo.outputPath('data') }
    })
    const page = await app.firstWindow()
    await expect(page).toHaveTitle('Kestrel Coast Ocean Cluster — Cluster Workbench')
    await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Coast Ocean Cluster' })).toBeVisible()
    expect(new URL(page.url()).protocol).toBe('app:')
    // A first run opens the welcome tour over the demo; skipping it is part of the journey.
    await page.getByRole('button', { name: 'Skip the tour' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    // Not in Electron's typings, but present at runtime in recent versions; behaviour is checked below either way.
    const preferences = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => (w.webContents as unknown as { getLastWebPreferences?: () => unknown }).getLastWebPreferences?.() ?? null)
    )
    for (const prefs of preferences.filter(Boolean)) {
      expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    }
    const globals = await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])
    expect(globals).toEqual(['undefined', 'undefined'])
    expect(await page.evaluate(() => window.open('https://example.org'))).toBeNull()

    const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label))
    expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View']))
    const help = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.find((item) => item.role === 'help')?.submenu?.items.map((item) => item.label))
    expect(help).toEqual(expect.arrayContaining(['What Is a Cluster?', 'Show the Welcome Tour', 'About Cluster Workbench']))
    await app.close()
  })
})
