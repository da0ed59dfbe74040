import { Database } from '@hocuspocus/extension-database'
import { Server } from '@hocuspocus/server'
import type { Socket } from 'node:net'
import { resolve } from 'node:path'
import { createBlobHandler } from './server-blobs'
import { createServerStore } from './server-store'

/**
 * The team's sync server: Hocuspocus (a maintained Yjs WebSocket server) with the documents on
 * its own disk. Each connection must present the workspace's secret token; a wrong or missing
 * token is refused. Plain ws:// here: for wss:// put it behind a TLS reverse proxy. The team's
 * files (PDFs, the logo) travel over the same port (server-blobs.ts).
 */
export type SyncServerOptions = {
  host: string
  port: number
  dataDir: string
  /** Called with one line whenever something is refused or fails, for the operator. */
  log?: (line: string) => void
}

export type RunningSyncServer = { url: string; port: number; stop(): Promise<void> }

/** Large enough for a 50,000-member workspace's state in one message, small enough to refuse floods. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const store = await createServerStore(resolve(options.dataDir))
  const log = options.log ?? (() => undefined)
  const handleBlobRequest = createBlobHandler(resolve(options.dataDir), store, log)
  const server = new Server({
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    // Writes follow a change within a second; the clients keep their copy until it is stored.
    debounce: 500,
    maxDebounce: 2_000,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    async onAuthenticate({ documentName, token }) {
      if (!(await store.admits(documentName, typeof token === 'string' ? token : ''))) {
        log(`refused a connection to "${documentName.slice(0, 80)}": wrong or missing token`)
        throw new Error('wrong or missing token')
      }
    },
    async onRequest({ request, response }) {
      // Hocuspocus answers every plain HTTP request unless the hook rejects; a rejection with
      // no error is its documented way to say "answered here".
      if (await handleBlobRequest(request, response).catch((error: unknown) => {
        log(`a file request failed: ${error instanceof Error ? error.message : String(error)}`)
        if (!response.headersSent) response.writeHead(500).end()
        return true
      })) {
        return Promise.reject(null)
      }
    },
    extensions: [
      new Database({
        fetch: ({ documentName }) => store.fetch(documentName),
        store: ({ documentName, state }) => store.store(documentName, state)
      })
    ]
  })
  // Hocuspocus' own destroy() tells clients to close but leaves their sockets open; a stopped
  // server must really drop them, so each socket is tracked and ended on stop.
  const sockets = new Set<Socket>()
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await server.listen()
  const port = server.address.port
  return {
    url: `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    async stop() {
      await server.destroy()
      for (const socket of sockets) socket.destroy()
    }
  }
}
