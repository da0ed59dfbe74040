/**
 * Runs in a child process: boots the built `out/main/index.js` against the stand-in `electron`
 * and carries out the test's requests (fire `ready`, play the page, click the close button,
 * press Cmd+Q, …), answering each with what main did. See tests/support/boot-main.ts.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
// The same module instance main gets for 'electron' (hooks.mjs resolves it to this file).
import { app, BrowserWindow, ipcMain, Menu, messageBoxAnswers, protocol, record, session } from './electron'
import type { DriverRequest } from './protocol'

type StandInWindow = InstanceType<typeof BrowserWindow>
type PageScript = { commands: { command: unknown; baseRevision: number }[]; answer: boolean }

const platform = process.env.STAND_IN_PLATFORM
if (platform) Object.defineProperty(process, 'platform', { value: platform })
process.argv = [process.execPath, '.', ...(JSON.parse(process.env.STAND_IN_ARGS ?? '[]') as string[])]

const send = (message: unknown) => process.send?.(message)
const pageScripts = new Map<number, PageScript>()

function windowFor(id?: number): StandInWindow {
  const windows = BrowserWindow.getAllWindows()
  const window = id === undefined ? windows.at(-1) : windows.find((candidate) => candidate.id === id)
  if (!window) throw new Error(`no open window${id === undefined ? '' : ` with id ${id}`}`)
  return window
}

/** An IPC call as the page of `window` makes it: its own webContents and main frame. */
function invoke(window: StandInWindow, channel: string, payload: unknown): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  const contents = window.contentsForDriver
  return Promise.resolve(handler({ sender: contents, senderFrame: contents.mainFrame }, payload))
}

/** The page's side of `drafts:flush`: send the scripted commands, then answer (or hang). */
function playPage(window: StandInWindow) {
  window.contentsForDriver.page = (channel, payload) => {
    const script = pageScripts.get(window.id)
    if (channel !== 'drafts:flush' || !script) return
    // As the renderer does: the commands' calls leave before the answer.
    const calls = script.commands.map(({ command, baseRevision }) => invoke(window, 'workspace:apply', { command, baseRevision }))
    if (script.answer) calls.push(invoke(window, 'drafts:flushed', { requestId: (payload as { requestId: number }).requestId }))
    void Promise.all(calls).catch((error: unknown) => send({ log: `page call failed: ${String(error)}` }))
  }
}
app.on('browser-window-created', (_event, window) => playPage(window as StandInWindow))

function snapshot() {
  return {
    windows: BrowserWindow.getAllWindows().map((window) => ({
      id: window.id,
      visible: window.visible,
      url: window.contentsForDriver.mainFrame.url,
      options: JSON.parse(JSON.stringify(window.options)) as Record<string, unknown>
    })),
    record: JSON.parse(JSON.stringify(record)) as typeof record,
    channels: [...ipcMain.handlers.keys()],
    menu: Menu.getApplicationMenu()?.items.map((item) => item.label ?? item.role ?? '') ?? [],
    schemes: [...protocol.handlers.keys()]
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

/** Waits for main's start-up after `ready`: a window, or the process on its way out. */
async function untilStarted() {
  for (let i = 0; i < 1500 && BrowserWindow.getAllWindows().length === 0 && record.exitCode === null; i += 1) await settle()
}

async function handle(request: DriverRequest): Promise<unknown> {
  switch (request.type) {
    case 'ready':
      app.fireReady()
      await untilStarted()
      return snapshot()
    case 'snapshot':
      return snapshot()
    case 'invoke':
      return invoke(windowFor(request.window), request.channel, request.payload)
    case 'page':
      pageScripts.set(windowFor(request.window).id, { commands: request.commands, answer: request.answer })
      return null
    case 'close':
      windowFor(request.window).close()
      return null
    case 'quit':
      app.quit()
      return null
    case 'app-event':
      app.emit(request.event, { preventDefault() {}, defaultPrevented: false }, ...request.args)
      return null
    case 'message-box-answers':
      messageBoxAnswers.push(...request.answers)
      return null
    case 'menu': {
      let items = Menu.getApplicationMenu()?.items ?? []
      let item
      for (const label of request.path) {
        item = items.find((candidate) => candidate.label === label)
        if (!item) throw new Error(`no menu item ${request.path.join(' > ')}`)
        items = item.submenu ?? []
      }
      item?.click?.()
      return null
    }
    case 'fetch': {
      const handler = protocol.handlers.get(new URL(request.url).protocol.replace(':', ''))
      if (!handler) throw new Error(`no protocol handler for ${request.url}`)
      const response = await handler(new Request(request.url))
      return { status: response.status, headers: Object.fromEntries(response.headers), bytes: (await response.arrayBuffer()).byteLength }
    }
    case 'navigate': {
      const contents = windowFor().contentsForDriver
      const event = { preventDefault() { event.defaultPrevented = true }, defaultPrevented: false, url: request.url }
      contents.emit(request.event, event, request.url)
      await settle()
      return { prevented: event.defaultPrevented, openedExternally: [...record.openedExternally] }
    }
    case 'window-open': {
      const contents = windowFor().contentsForDriver
      const decision = contents.windowOpenHandler?.({ url: request.url })
      await settle()
      return { decision, openedExternally: [...record.openedExternally] }
    }
    case 'permission': {
      const handler = session.defaultSession.permissionRequestHandler
      const granted = await new Promise<boolean>((resolve) => handler?.(windowFor().contentsForDriver, request.permission, resolve))
      const checked = session.defaultSession.permissionCheckHandler?.(null, request.permission) ?? null
      return { granted, checked }
    }
    case 'request': {
      const cancel = await new Promise<boolean>((resolve) => session.defaultSession.beforeRequest?.({ url: request.url }, ({ cancel }) => resolve(cancel)))
      return { cancel }
    }
  }
}

process.on('message', (message: { id: number; request: DriverRequest }) => {
  handle(message.request).then(
    (value) => send({ id: message.id, value }),
    (error: unknown) => send({ id: message.id, error: error instanceof Error ? error.message : String(error) })
  )
})

await import(pathToFileURL(join(process.env.STAND_IN_APP_PATH ?? process.cwd(), 'out', 'main', 'index.js')).href)
send({ booted: true })
