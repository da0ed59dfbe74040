import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { electronBinaryStatus } from '../../scripts/electron-binary.mjs'
import { DEMO_BUNDLE_NAME } from '../../src/main/services/app-services'

/**
 * The real app in the real Electron binary, from the build and (when `npm run dist` has made one)
 * as packaged. Machines that cannot download Electron (such as this project's CI) skip it and say
 * why; the main-process harness (tests/main/shell) covers the shell there. No real browser opens:
 * links go to the file named by CLUSTER_WORKBENCH_EXTERNAL_LOG.
 */
const ROOT = join(import.meta.dirname, '..', '..')
const binary = electronBinaryStatus(ROOT)

function packagedExecutable(): string | null {
  const candidates = [
    join(ROOT, 'dist', 'linux-unpacked', 'cluster-workbench'),
    join(ROOT, 'dist', 'mac-arm64', 'Cluster Workbench.app', 'Contents', 'MacOS', 'Cluster Workbench'),
    join(ROOT, 'dist', 'mac', 'Cluster Workbench.app', 'Contents', 'MacOS', 'Cluster Workbench'),
    join(ROOT, 'dist', 'win-unpacked', 'Cluster Workbench.exe')
  ]
  return candidates.find((candidate) => existsSync(candidate)) ?? null
}

const packaged = packagedExecutable()
const targets = [
  { name: 'the built app', available: binary.available, why: binary.reason, launch: { args: [ROOT] } },
  { name: 'the packaged app', available: packaged !== null, why: 'no packaged app in dist/ (npm run dist makes one)', launch: { executablePath: packaged ?? '' } }
]

for (const target of targets) {
  test.describe(target.name, () => {
    test.skip(!target.available, `Electron suite skipped: ${target.why}`)

    const launch = (dataDir: string, externalLog: string) =>
      electron.launch({ ...target.launch, env: { ...process.env, CLUSTER_WORKBENCH_DATA_DIR: dataDir, CLUSTER_WORKBENCH_EXTERNAL_LOG: externalLog } })
    const demoFile = (dataDir: string) => join(dataDir, 'Examples', DEMO_BUNDLE_NAME, 'workspace.json')
    const nameOnDisk = async (dataDir: string) => (JSON.parse(await readFile(demoFile(dataDir), 'utf8')) as { cluster: { name: string } }).cluster.name
    const skipTour = async (app: ElectronApplication) => {
      const page = await app.firstWindow()
      await page.getByRole('button', { name: 'Skip the tour' }).click()
      await expect(page.getByRole('dialog')).toHaveCount(0)
      return page
    }

    test('launches the demo in a hardened window; links go to the browser, never a new window', async ({}, testInfo) => {
      const dataDir = testInfo.outputPath('data')
      const externalLog = testInfo.outputPath('external.log')
      const app = await launch(dataDir, externalLog)
      const page = await app.firstWindow()
      await expect(page).toHaveTitle('Kestrel Coast Ocean Cluster — Cluster Workbench')
      expect(new URL(page.url()).protocol).toBe('app:')
      await skipTour(app)
      const preferences = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => (w.webContents as unknown as { getLastWebPreferences?: () => unknown }).getLastWebPreferences?.() ?? null)
      )
      for (const prefs of preferences.filter(Boolean)) {
        expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
      }
      const globals = await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])
      expect(globals).toEqual(['undefined', 'undefined'])
      expect(await page.evaluate(() => window.open('https://example.org/popup'))).toBeNull()
      await page.evaluate(() => (window as unknown as { api: { openExternal: (r: { url: string }) => Promise<unknown> } }).api.openExternal({ url: 'https://example.org/reading' }))
      await expect.poll(async () => (existsSync(externalLog) ? await readFile(externalLog, 'utf8') : '')).toContain('https://example.org/reading')
      expect(await app.windows()).toHaveLength(1)
      const help = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.find((item) => item.role === 'help')?.submenu?.items.map((item) => item.label))
      expect(help).toEqual(expect.arrayContaining(['What Is a Cluster?', 'Show the Welcome Tour', 'About Cluster Workbench']))
      await app.close()
    })

    test('an edit typed just before quitting is on disk, and the app opens it again', async ({}, testInfo) => {
      const dataDir = testInfo.outputPath('data')
      const externalLog = testInfo.outputPath('external.log')
      const first = await launch(dataDir, externalLog)
      const page = await skipTour(first)
      // No blur and no pause: the field still holds the text when the app quits.
      await page.getByLabel('Cluster name').fill('Kestrel Coast Ocean Cluster (renamed)')
      await first.close()
      expect(await nameOnDisk(dataDir)).toBe('Kestrel Coast Ocean Cluster (renamed)')

      const second = await launch(dataDir, externalLog)
      const again = await second.firstWindow()
      await expect(again.getByRole('heading', { level: 1, name: 'Kestrel Coast Ocean Cluster (renamed)' })).toBeVisible()
      await second.close()
    })

    test('exports a PDF to the file chosen in the save dialog', async ({}, testInfo) => {
      test.slow()
      const dataDir = testInfo.outputPath('data')
      const app = await launch(dataDir, testInfo.outputPath('external.log'))
      const page = await skipTour(app)
      const target = testInfo.outputPath('pillar-map.pdf')
      // The native save dialog cannot be clicked; main's dialog answers with the file instead.
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
      }, target)
      await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Export' }).click()
      await page.getByRole('radio', { name: /Pillar map/ }).check()
      await page.getByRole('button', { name: 'Create PDF' }).click()
      await page.getByRole('button', { name: 'Save PDF…' }).click()
      await expect(page.getByText(`Saved to ${target}`)).toBeVisible({ timeout: 30_000 })
      expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      await app.close()
    })
  })
}
