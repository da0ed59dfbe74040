import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { TeamLink } from '../../../shared/sync/invitation'
import { guardedWebSocket } from './guarded-websocket'

export type ExchangeOutcome = { ok: true } | { ok: false; kind: 'refused' | 'unreachable' | 'bad-message'; reason: string }

/**
 * Connects once to the team's server with Hocuspocus' own provider and returns when both sides
 * hold each other's changes: the server has answered our state (so we have all of its changes)
 * and acknowledged everything we sent. A second round of the handshake after the first makes
 * sure the server has applied what we sent in the first.
 */
export function exchangeWithServer(link: TeamLink, doc: Y.Doc, timeoutMs = 60_000): Promise<ExchangeOutcome> {
  let badMessage = (_error: unknown) => undefined as void
  const WebSocketPolyfill = guardedWebSocket((error) => badMessage(error))
  const socket = new HocuspocusProviderWebsocket({ url: link.server, WebSocketPolyfill, maxAttempts: 1, timeout: timeoutMs })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: link.workspaceId, document: doc, token: link.token, awareness: null })
  return new Promise<ExchangeOutcome>((resolve) => {
    let rounds = 0
    let finished = false
    badMessage = (error) =>
      finish({ ok: false, kind: 'bad-message', reason: `${link.server} sent a message that cannot be read (${error instanceof Error ? error.message : String(error)}); nothing from it was kept` })
    const finish = (outcome: ExchangeOutcome) => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      provider.destroy()
      socket.destroy()
      resolve(outcome)
    }
    const timer = setTimeout(() => finish({ ok: false, kind: 'unreachable', reason: `no answer from ${link.server} within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs)
    const checkDone = () => {
      if (!provider.isSynced || provider.hasUnsyncedChanges || finished) return
      rounds += 1
      if (rounds >= 2) finish({ ok: true })
      else provider.forceSync()
    }
    provider.on('synced', checkDone)
    provider.on('unsyncedChanges', checkDone)
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      finish({ ok: false, kind: 'refused', reason: `the server refused this workspace's token (${reason})` })
    )
    let connected = false
    socket.on('connect', () => (connected = true))
    socket.on('close', () =>
      finish({ ok: false, kind: 'unreachable', reason: connected ? `the connection to ${link.server} was closed before the exchange finished` : `cannot reach ${link.server}` })
    )
    socket.on('maxAttemptsFailed', () => finish({ ok: false, kind: 'unreachable', reason: `cannot reach ${link.server}` }))
    provider.attach()
  })
}
