import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { formatInvitation, parseInvitation, ServerUrlSchema, type TeamLink } from '../../../shared/sync/invitation'
import { docFromWorkspace, projectWorkspace, writeWorkspace } from '../../../shared/sync/shared-workspace'
import * as Y from 'yjs'
import type { Workspace } from '../../../shared/workspace/schema'
import { bundleFromPath, withBundleExtension } from '../../storage/bundle'
import { openWorkspaceBundle, createWorkspaceBundle, type OpenedWorkspace } from '../../storage/workspace-store'
import { exchangeWithServer } from './sync-client'
import { readTeamLink, readTeamState, writeTeamFiles } from './team-bundle'

/**
 * Share, join and sync a workspace with the team's server. Used by the CLI; the same calls
 * serve the app. Each returns a one-line reason when it fails, and never writes an invalid
 * workspace to workspace.json.
 */
export type SyncResult<T> = ({ ok: true } & T) | { ok: false; reason: string }

export type SyncServiceDeps = { snapshotsRoot: string; now?: () => Date; timeoutMs?: number }

/** Edits made to workspace.json without the server (the app or CLI offline) enter the doc under this origin. */
const OFFLINE_EDITS = Symbol('edits made while not syncing')

async function withOpened<T>(path: string, deps: SyncServiceDeps, work: (opened: OpenedWorkspace) => Promise<SyncResult<T>>): Promise<SyncResult<T>> {
  let opened: OpenedWorkspace
  try {
    opened = await openWorkspaceBundle(bundleFromPath(resolve(path)), { snapshotsRoot: deps.snapshotsRoot, now: deps.now ?? (() => new Date()), onLockLost: () => undefined })
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
  try {
    if (opened.readOnlyReason) return { ok: false, reason: opened.readOnlyReason }
    return await work(opened)
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  } finally {
    await opened.close()
  }
}

/** Makes a workspace shared: uploads it to `server` and returns the invitation for the team. */
export function shareWorkspace(path: string, server: string, deps: SyncServiceDeps): Promise<SyncResult<{ invitation: string }>> {
  return withOpened<{ invitation: string }>(path, deps, async (opened) => {
    const shared = await uploadToTeam(opened.paths.bundle, opened.workspace, server, deps)
    return shared.ok ? { ok: true, invitation: formatInvitation(shared.link) } : shared
  })
}

/** Uploads a workspace not yet shared and writes its team files into `bundle` (the CLI's share and the app's). */
export async function uploadToTeam(bundle: string, workspace: Workspace, server: string, deps: Pick<SyncServiceDeps, 'timeoutMs'>): Promise<SyncResult<{ link: TeamLink }>> {
  const url = ServerUrlSchema.safeParse(server)
  if (!url.success) return { ok: false, reason: `the server address ${url.error.issues[0]?.message ?? 'is not valid'}` }
  const existing = await readTeamLink(bundle)
  if (existing) return { ok: false, reason: `this workspace is already shared through ${existing.server}` }
  const link: TeamLink = { server: url.data, workspaceId: workspace.id, token: randomBytes(32).toString('base64url') }
  const doc = docFromWorkspace(workspace)
  const exchanged = await exchangeWithServer(link, doc, deps.timeoutMs)
  if (!exchanged.ok) return exchanged
  await writeTeamFiles(bundle, doc, link)
  return { ok: true, link }
}

/** Creates a local copy of the team's workspace at `path` (a new .cluster folder). */
export async function joinWorkspace(invitation: string, path: string, deps: SyncServiceDeps): Promise<SyncResult<{ bundle: string; members: number }>> {
  const bundle = withBundleExtension(resolve(path))
  if (await fs.stat(bundle).then(() => true, () => false)) return { ok: false, reason: `${bundle} already exists` }
  const received = await downloadFromTeam(invitation, deps)
  if (!received.ok) return received
  await saveJoinedCopy(bundle, received)
  return { ok: true, bundle, members: received.workspace.members.length }
}

export type ReceivedTeamWorkspace = { link: TeamLink; doc: Y.Doc; workspace: Workspace }

/** Fetches the team's workspace named by an invitation, validated; nothing is written. */
export async function downloadFromTeam(invitation: string, deps: Pick<SyncServiceDeps, 'timeoutMs'>): Promise<SyncResult<ReceivedTeamWorkspace>> {
  const parsed = parseInvitation(invitation)
  if (!parsed.ok) return parsed
  const doc = new Y.Doc()
  const exchanged = await exchangeWithServer(parsed.link, doc, deps.timeoutMs)
  if (!exchanged.ok) return exchanged
  const projected = projectWorkspace(doc)
  if (!projected.ok) return { ok: false, reason: `the team's workspace was not saved: ${projected.reason}` }
  return { ok: true, link: parsed.link, doc, workspace: projected.workspace }
}

/** Writes a downloaded team workspace as a new bundle (refuses an existing folder). */
export async function saveJoinedCopy(bundle: string, received: ReceivedTeamWorkspace): Promise<void> {
  await createWorkspaceBundle(bundle, received.workspace)
  await writeTeamFiles(bundle, received.doc, received.link)
}

export type SyncSummary = { sent: boolean; received: boolean }

/**
 * Exchanges changes with the server: edits made to workspace.json since the last sync go into
 * the shared state first (and are kept in state.yjs even if the server cannot be reached), then
 * the merged workspace is validated and written to workspace.json.
 */
export function syncWorkspace(path: string, deps: SyncServiceDeps): Promise<SyncResult<SyncSummary>> {
  return withOpened<SyncSummary>(path, deps, async (opened) => {
    const bundle = opened.paths.bundle
    const link = await readTeamLink(bundle)
    if (!link) return { ok: false, reason: 'this workspace is not shared (use share or join first)' }
    const doc = await readTeamState(bundle)
    const known = projectWorkspace(doc)
    if (!known.ok) return { ok: false, reason: `${join('sync', 'state.yjs')} cannot be used: ${known.reason}` }
    const before = Y.encodeStateVector(doc)
    writeWorkspace(doc, known.workspace, opened.workspace, OFFLINE_EDITS)
    const sent = !sameBytes(before, Y.encodeStateVector(doc))
    if (sent) await writeTeamFiles(bundle, doc)

    const exchanged = await exchangeWithServer(link, doc, deps.timeoutMs)
    if (!exchanged.ok) return exchanged
    const merged = projectWorkspace(doc)
    // Refused changes are not kept in state.yjs either, so this laptop can go on editing and
    // sending; they come back at each sync until someone on the team repairs them.
    if (!merged.ok) return { ok: false, reason: `the team's changes were not saved to workspace.json: ${merged.reason}` }
    if (merged.readOnlyReason) return { ok: false, reason: merged.readOnlyReason }
    await writeTeamFiles(bundle, doc)
    const received = JSON.stringify(merged.workspace) !== JSON.stringify(opened.workspace)
    if (received) await opened.save(merged.workspace)
    return { ok: true, sent, received }
  })
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index])
