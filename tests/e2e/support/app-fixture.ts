import { test as base, expect, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { API_CHANNELS, API_EVENTS, type ApiEventPayloads } from '../../../src/shared/ipc'
import { createRouter } from '../../../src/main/ipc/router'
import { createWorkerRenderer } from '../../../src/main/pdf/pdf-runner'
import { isTrustedAppUrl } from '../../../src/main/security/navigation'
import { createAppServices, type AppServices } from '../../../src/main/services/app-services'
import { TEST_APP_INFO } from '../../support/workspaces'
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
  relaunch: () => Promise<void>
  /** Lets a test provoke a console error on purpose (e.g. a CSP violation). */
  allowConsoleError: (pattern: RegExp) => void
}

/**
 * Bridges `window.api` in a real Chromium page to the real main-process services running in
 * the test process: the same contract, router, payload validation and sender checks as
 * Electron's ipcMain path, without the Electron binary.
 */
async function startApp(page: Page, origin: string, dataDir: string, old?: AppServices) {
  await old?.session.dispose()
  await old?.exports.dispose()
  const dialogAnswers: (string | null)[] = []
  const openedExternally: string[] = []
  const emit = <E extends keyof ApiEventPayloads>(event: E, payload: ApiEventPayloads[E]) => {
    void page.evaluate(([name, data]) => (window as unknown as { __cwEmit?: (n: string, d: unknown) => void }).__cwEmit?.(name, data), [event, payload] as const).catch(() => undefined)
  }
  const answer = async () => dialogAnswers.shift() ?? null
  const services = await createAppServices({
    dataDir,
    resourcesDir: join(ROOT, 'resources'),
    dialogs: { chooseNewBundle: answer, chooseBundleToOpen: answer, chooseSaveAsBundle: answer },
    emit,
    openExternal: async (url) => void openedExternally.push(url),
    appInfo: TEST_APP_INFO,
    exportShell: {
      chooseExportFile: answer,
      openPath: async (path) => void openedExternally.push(`open ${path}`),
      showInFolder: (path) => void openedExternally.push(`show ${path}`)
    },
    // The real worker thread, as built by electron-vite (npm test builds before the browser tests).
    pdfRenderer: createWorkerRenderer(join(ROOT, 'out', 'main', 'pdf-worker.js'), join(ROOT, 'resources', 'fonts'))
  })
  const router = createRouter(services.handlers, { isTrustedUrl: (url) => isTrustedAppUrl(url, [origin]) })
  await page.exposeBinding('__cwInvoke', (source, method: string, payload: unknown) =>
    router(method, payload, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame(), isAppWindow: true })
  )
  await page.addInitScript(
    ({ methods, events }) => {
      type Listener = (payload: unknown) => void
      const listeners = new Map<string, Set<Listener>>()
      const invoke = (window as unknown as { __cwInvoke: (m: string, p: unknown) => Promise<unknown> }).__cwInvoke
      const api: Record<string, unknown> = {}
      for (const method of methods) api[method] = (payload: unknown) => invoke(method, payload)
      for (const event of events) {
        api[event] = (listener: Listener) => {
          const set = listeners.get(event) ?? new Set<Listener>()
          set.add(listener)
          listeners.set(event, set)
          return () => set.delete(listener)
        }
      }
      // Stands in for Electron's webUtils.getPathForFile: tests say where a dropped file "lives".
      api.pathForDroppedFile = (file: { name?: string }) =>
        (window as unknown as { __cwDroppedPaths?: Record<string, string> }).__cwDroppedPaths?.[file.name ?? ''] ?? ''
      Object.defineProperty(window, 'api', { value: Object.freeze(api) })
      Object.defineProperty(window, '__cwEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload))
      })
    },
    { methods: Object.keys(API_CHANNELS), events: Object.keys(API_EVENTS) }
  )
  await services.session.start()
  await page.goto(`${origin}/index.html`)
  return { services, dialogAnswers, openedExternally }
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
    const started = await startApp(page, renderer.origin, dataDir)
    const harness: AppHarness = {
      page,
      dataDir,
      workDir,
      ...started,
      allowConsoleError: (pattern) => void allowed.push(pattern),
      async relaunch() {
        const fresh = await context.newPage()
        fresh.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
        fresh.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
        })
        const next = await startApp(fresh, renderer.origin, dataDir, harness.services)
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
