import { test as base, expect, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppServices } from '../../../src/main/services/app-services'
import { startBridgedApp } from './bridge'
import { serveRenderer } from './static-server'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const RENDERER = join(ROOT, 'out', 'renderer')

export type AppHarness = {
  page: Page
  services: AppServices
  dataDir: string
  workDir: string
  /** Paths the native file dialogs will "choose", in order; null means Cancel. */
  dialogAnswers: (string | null)[]
  /** URLs handed to the operating system's browser. */
  openedExternally: string[]
  /** Starts a fresh page against the same data folder, as after quitting and relaunching the app. */
  relaunch: (options?: { tour?: boolean }) => Promise<void>
  /** Lets a test provoke a console error on purpose (e.g. a CSP violation). */
  allowConsoleError: (pattern: RegExp) => void
}

export const test = base.extend<{ app: AppHarness }, { renderer: { origin: string } }>({
  renderer: [
    async ({}, use) => {
      if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Build the app first: npx electron-vite build')
      const server = await serveRenderer(RENDERER)
      await use({ origin: server.origin })
      await server.close()
    },
    { scope: 'worker' }
  ],
  app: async ({ page, renderer, context }, use, testInfo) => {
    // Any script error or CSP violation fails the test, not just a missing element.
    const problems: string[] = []
    const allowed: RegExp[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    const dataDir = testInfo.outputPath('data')
    const workDir = testInfo.outputPath('work')
    const started = await startBridgedApp(page, renderer.origin, dataDir)
    const harness: AppHarness = {
      page,
      dataDir,
      workDir,
      ...started,
      allowConsoleError: (pattern) => void allowed.push(pattern),
      async relaunch(options = {}) {
        const fresh = await context.newPage()
        fresh.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
        fresh.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
        })
        const next = await startBridgedApp(fresh, renderer.origin, dataDir, harness.services, options)
        await page.close()
        Object.assign(harness, { page: fresh, ...next })
      }
    }
    await use(harness)
    await harness.services.session.dispose()
    await harness.services.exports.dispose()
    const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)))
    expect(unexpected, 'the page logged errors').toEqual([])
  }
})

export { expect }
