import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import type { TeamLink } from '../../../shared/sync/invitation'
import { guardedWebSocket } from './guarded-websocket'

export type LiveStatus = { state: 'connecting' | 'up-to-date' | 'sending' | 'offline' | 'refused'; waiting: number; reason: string | null }

export type LiveSession = {
  status(): LiveStatus
  /** Resolves once the server has everything this doc has, and the doc everything the server had. */
  upToDate(): Promise<void>
  /** Who else has the workspace open (and where), when opened with `presence`; else null. */
  awareness: Awareness | null
  close(): void
}

/**
 * Keeps a doc connected to the team's server for as long as a workspace is open: changes go out
 * as they are made, the team's come in, and the provider reconnects by itself after the server
 * or the network comes back (changes made meanwhile go out then).
 */
export function openLiveSession(
  link: TeamLink,
  doc: Y.Doc,
  onStatus: (status: LiveStatus) => void = () => undefined,
  options: { presence?: boolean } = {}
): LiveSession {
  // A malformed message closes the connection; the provider reconnects and syncs afresh.
  const WebSocketPolyfill = guardedWebSocket(() => undefined)
  const socket = new HocuspocusProviderWebsocket({ url: link.server, WebSocketPolyfill, delay: 200, minDelay: 200, maxDelay: 5_000 })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: link.workspaceId, document: doc, token: link.token, ...(options.presence ? {} : { awareness: null }) })
  let refused: string | null = null
  let connected = false
  // Once a connection was made or an attempt failed, a lost link reads "offline", not "connecting"
  // (a laptop opened away from the server would otherwise say "Syncing…" for as long as it stays away).
  let everTried = false
  const status = (): LiveStatus => {
    const waiting = provider.unsyncedChanges
    if (refused) return { state: 'refused', waiting, reason: refused }
    if (!connected) return { state: everTried ? 'offline' : 'connecting', waiting, reason: null }
    return { state: provider.isSynced && waiting === 0 ? 'up-to-date' : 'sending', waiting, reason: null }
  }
  const waiters = new Set<() => void>()
  const changed = () => {
    const now = status()
    onStatus(now)
    if (now.state === 'up-to-date') for (const resolve of waiters) resolve()
  }
  socket.on('status', ({ status: socketStatus }: { status: string }) => {
    connected = socketStatus === 'connected'
    everTried ||= socketStatus !== 'connecting'
    changed()
  })
  provider.on('synced', changed)
  provider.on('unsyncedChanges', changed)
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    refused = `the server refused this workspace's token (${reason})`
    changed()
  })
  provider.attach()
  return {
    status,
    awareness: provider.awareness,
    upToDate: () =>
      new Promise<void>((resolve) => {
        if (status().state === 'up-to-date') return resolve()
        const done = () => {
          waiters.delete(done)
          resolve()
        }
        waiters.add(done)
      }),
    close() {
      provider.destroy()
      socket.destroy()
    }
  }
}
