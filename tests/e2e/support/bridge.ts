import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { API_CHANNELS, API_EVENTS, type ApiEventPayloads } from '../../../src/shared/ipc'
import { createRouter } from '../../../src/main/ipc/router'
import { createWorkerRenderer } from '../../../src/main/pdf/pdf-runner'
import { isTrustedAppUrl } from '../../../src/main/security/navigation'
import { createAppServices, type AppServices } from '../../../src/main/services/app-services'
import { ROOT, TEST_APP_INFO } from '../../support/workspaces'
import { offerBytes } from './static-server'

/** A reply as the binding carries it: inline, or (when large) a one-time URL of its JSON; `bytes`: holds byte URLs to fetch. */
type BridgeReply = { bytes: boolean; value?: unknown; jsonUrl?: string }

export type BridgedApp = {
  services: AppServices
  /** Paths the native file dialogs will "choose", in order; null means Cancel. */
  dialogAnswers: (string | null)[]
  /** URLs handed to the operating system's browser, and files opened or shown. */
  openedExternally: string[]
}

/**
 * Bridges `window.api` in a real Chromium page to the real main-process services running in
 * this process: the same contract, router, payload validation and sender checks as Electron's
 * ipcMain path, without the Electron binary. Used by the browser tests and the benchmarks.
 */
export async function startBridgedApp(page: Page, origin: string, dataDir: string, previous?: AppServices, options: { tour?: boolean } = {}): Promise<BridgedApp> {
  await previous?.session.dispose()
  await previous?.exports.dispose()
  const dialogAnswers: (string | null)[] = []
  const openedExternally: string[] = []
  // Electron carries events and replies down one pipe, in order; here they are two channels, so each
  // reply waits until the events sent before it have reached the page (else a stale status can land last).
  let eventsDelivered: Promise<unknown> = Promise.resolve()
  const emit = <E extends keyof ApiEventPayloads>(event: E, payload: ApiEventPayloads[E]) => {
    const send = () => page.evaluate(([name, data]) => (window as unknown as { __cwEmit?: (n: string, d: unknown) => void }).__cwEmit?.(name, data), [event, payload] as const)
    eventsDelivered = eventsDelivered.then(send).catch(() => undefined)
  }
  const answer = async () => dialogAnswers.shift() ?? null
  const services = await createAppServices({
    dataDir,
    resourcesDir: join(ROOT, 'resources'),
    dialogs: { chooseNewBundle: answer, chooseBundleToOpen: answer, chooseSaveAsBundle: answer, chooseCsvToImport: answer, chooseCsvExport: answer, choosePdfToImport: answer, chooseAttachmentCopy: answer, chooseLogoImage: answer },
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
  // Electron's structured clone carries Uint8Array; Playwright's binding carries only JSON. Bytes are
  // fetched by the page from the test server instead: as text in the reply they took the page
  // ~200 ms to take in (a 5 MB PDF), a stall the app does not have. (Not page.route: that would
  // route every request of the page through this process.)
  // Only replies that hold bytes are rewritten (and walked again in the page): a workspace of
  // 10,000 members walked value by value with a promise each kept the page busy for seconds.
  const hasBytes = (value: unknown): boolean =>
    value instanceof Uint8Array || (Array.isArray(value) ? value.some(hasBytes) : !!value && typeof value === 'object' && Object.values(value).some(hasBytes))
  const encodeBytes = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { __cwBytesUrl: `${origin}${offerBytes(value)}` }
    if (Array.isArray(value)) return value.map(encodeBytes)
    if (!value || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeBytes(inner)]))
  }
  // Large replies travel as JSON the page fetches, like bytes: Playwright's binding took ~2.5 s to
  // carry a 10,000-member session (3.8 MB) that Electron's structured clone passes in tens of ms,
  // and start-up figures measured the binding. Replies that large are plain data (workspace views).
  const LARGE_REPLY = 256 * 1024
  await page.exposeBinding('__cwInvoke', async (source, method: string, payload: unknown): Promise<BridgeReply> => {
    const reply = await router(method, payload, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame(), isAppWindow: true })
    await eventsDelivered
    const bytes = hasBytes(reply)
    const value = bytes ? encodeBytes(reply) : reply
    const json = value === undefined ? undefined : JSON.stringify(value)
    if (json !== undefined && json.length > LARGE_REPLY) return { bytes, jsonUrl: `${origin}${offerBytes(Buffer.from(json))}` }
    return { bytes, value }
  })
  await page.addInitScript(
    ({ methods, events }) => {
      type Listener = (payload: unknown) => void
      const listeners = new Map<string, Set<Listener>>()
      const binding = (window as unknown as { __cwInvoke: (m: string, p: unknown) => Promise<BridgeReply> }).__cwInvoke
      const decode = async (value: unknown): Promise<unknown> => {
        if (Array.isArray(value)) return Promise.all(value.map(decode))
        if (!value || typeof value !== 'object') return value
        const url = (value as { __cwBytesUrl?: string }).__cwBytesUrl
        if (typeof url === 'string') return new Uint8Array(await (await fetch(url)).arrayBuffer())
        return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([key, inner]) => [key, await decode(inner)])))
      }
      const invoke = async (method: string, payload: unknown) => {
        const reply = await binding(method, payload)
        const value = reply.jsonUrl ? await (await fetch(reply.jsonUrl)).json() : reply.value
        return reply.bytes ? decode(value) : value
      }
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
      // Like the preload, it records the path with main before the page can use it.
      api.pathForDroppedFile = (file: { name?: string }) => {
        const path = (window as unknown as { __cwDroppedPaths?: Record<string, string> }).__cwDroppedPaths?.[file.name ?? ''] ?? ''
        if (path) void binding('recordDrop', { path })
        return path
      }
      Object.defineProperty(window, 'api', { value: Object.freeze(api) })
      Object.defineProperty(window, '__cwEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload))
      })
    },
    { methods: Object.keys(API_CHANNELS), events: Object.keys(API_EVENTS) }
  )
  // The welcome tour opens on a first run; tests see it only when they ask to (options.tour).
  if (!options.tour) await services.appState.update((state) => ({ ...state, preferences: { ...state.preferences, tourSeen: true } }))
  await services.session.start()
  await page.goto(`${origin}/index.html`)
  // Every screen has a heading once the app has started; a test that pressed a shortcut before that
  // could lose it to the loading screen (seen once: Ctrl+K then typing went nowhere).
  await page.locator('h1').first().waitFor()
  return { services, dialogAnswers, openedExternally }
}
