import { join } from 'node:path'
import { startSyncServer } from '../services/sync/sync-server'
import { joinWorkspace, shareWorkspace, syncWorkspace, type SyncServiceDeps } from '../services/sync/sync-service'
import type { CliResult } from './commands'
import { appDataDir } from './data-dir'
import { printable } from './member-commands'

const deps = (): SyncServiceDeps => ({ snapshotsRoot: join(appDataDir(), 'snapshots') })

export type ServeArgs = { host?: string; port?: string; data?: string }

/** `serve`: runs the team's sync server until `stop` is aborted (Ctrl+C in a terminal). */
export async function serveCommand(args: ServeArgs, stop: AbortSignal, print: (line: string) => void): Promise<CliResult> {
  const port = Number(args.port ?? '4455')
  if (!Number.isInteger(port) || port < 0 || port > 65_535) return { code: 2, stderr: '--port must be a number from 0 to 65535' }
  const dataDir = args.data ?? join(appDataDir(), 'sync-server')
  let server
  try {
    server = await startSyncServer({ host: args.host ?? '127.0.0.1', port, dataDir, log: (line) => print(printable(line)) })
  } catch (error) {
    return { code: 1, stderr: `Could not start the sync server: ${error instanceof Error ? error.message : String(error)}` }
  }
  print(`Sync server running at ${server.url} (data in ${dataDir}); stop it with Ctrl+C.`)
  await new Promise<void>((resolve) => (stop.aborted ? resolve() : stop.addEventListener('abort', () => resolve(), { once: true })))
  await server.stop()
  return { code: 0, stdout: 'Sync server stopped.' }
}

export async function shareCommand(path: string, server: string | undefined): Promise<CliResult> {
  if (!server) return { code: 2, stderr: '--server <ws-url> is required' }
  const result = await shareWorkspace(path, server, deps())
  if (!result.ok) return { code: 1, stderr: `Not shared: ${printable(result.reason)}` }
  return { code: 0, stdout: result.invitation }
}

export async function joinCommand(invitation: string, path: string): Promise<CliResult> {
  const result = await joinWorkspace(invitation, path, deps())
  if (!result.ok) return { code: 1, stderr: `Not joined: ${printable(result.reason)}` }
  return { code: 0, stdout: `Joined: ${result.bundle} (${result.members} members), up to date` }
}

export async function syncCommand(path: string): Promise<CliResult> {
  const result = await syncWorkspace(path, deps())
  if (!result.ok) return { code: 1, stderr: `Not synced: ${printable(result.reason)}` }
  const what = [result.sent ? 'sent local changes' : '', result.received ? 'received the team’s changes' : ''].filter(Boolean).join(' and ')
  return { code: 0, stdout: `Up to date${what ? ` (${what})` : ''}` }
}
