import type * as Y from 'yjs'
import type { TeamLink } from '../../../shared/sync/invitation'
import { projectWorkspace, SharedWorkspace, writeWorkspace } from '../../../shared/sync/shared-workspace'
import type { EditMark, TeamPeer, TeamStatus } from '../../../shared/sync/team-status'
import type { Workspace } from '../../../shared/workspace/schema'
import { createFileMirror } from './file-mirror'
import { openLiveSession, type LiveSession, type LiveStatus } from './live-session'
import { readTeamState, writeTeamFiles } from './team-bundle'

/**
 * An open shared workspace, connected to the team's server in the background for as long as
 * the app has it open. Main stays the only writer: each local edit is written into the Y.Doc as
 * one transaction (with this laptop's origin, so undo reaches only this person's edits); each
 * change from the team is projected through the workspace schema and handed to the session,
 * which saves it to workspace.json and shows it. The Yjs state is kept in sync/state.yjs, so
 * the workspace works offline and its changes go out when the server is back.
 */
export type TeamAttachment = {
  readonly link: TeamLink
  readonly doc: Y.Doc
  /** Writes a local edit (`before` → `after`) into the shared state and marks who made it. */
  record(before: Workspace, after: Workspace, undoable: boolean): void
  /** Undoes (or redoes) this person's last edit; returns the workspace it lands on, or null. */
  undo(): Workspace | null
  redo(): Workspace | null
  canUndo(): boolean
  canRedo(): boolean
  status(): TeamStatus
  /** Where this person is in the app, for the others' presence list. */
  setPresence(area: string | null, sectionId: string | null): void
  /** Resolves once the server and this laptop hold each other's changes. */
  upToDate(): Promise<void>
  /** Resolves once the files the workspace refers to have been sent and fetched (or failed). */
  filesSettled(): Promise<void>
  close(): Promise<void>
}

export type TeamAttachmentDeps = {
  bundle: string
  attachmentsDir: string
  /** The workspace as the session holds it now. */
  current: () => Workspace
  link: TeamLink
  displayName: () => string
  now: () => Date
  /** A change from the team, already validated: the session saves and shows it. */
  onRemote: (workspace: Workspace) => void
  /** Status, presence or "last edited" changed. */
  onChange: () => void
}

/** Edits made to workspace.json while the app did not hold the shared state (the CLI, an older session). */
const FOLDED_EDITS = Symbol('edits made while not connected')
/** Local edits that are not undo steps (the app's own bookkeeping), sent but not tracked for undo. */
const UNTRACKED = Symbol('local edits outside undo')
const EDITS_MAP = 'lastEdited'
const STATE_SAVE_DELAY_MS = 300

export async function attachTeam(deps: TeamAttachmentDeps, current: Workspace): Promise<TeamAttachment> {
  const doc = await readTeamState(deps.bundle)
  const known = projectWorkspace(doc)
  writeWorkspace(doc, known.ok ? known.workspace : null, current, FOLDED_EDITS)
  markEdits(doc, known.ok ? known.workspace : null, current, deps, FOLDED_EDITS)

  const shared = new SharedWorkspace(doc)
  const edits = doc.getMap<EditMark>(EDITS_MAP)
  let refused: string | null = null
  let fileProblem: string | null = null
  const mirror = createFileMirror(deps.link, deps.attachmentsDir, (problem) => {
    fileProblem = problem
    deps.onChange()
  })
  let closed = false
  let saveTimer: ReturnType<typeof setTimeout> | null = null
  let projectTimer: ReturnType<typeof setTimeout> | null = null

  const saveState = async () => {
    saveTimer = null
    // A state holding a refused change is not kept; workspace.json keeps this laptop's edits.
    if (!refused) await writeTeamFiles(deps.bundle, doc).catch(() => undefined)
  }
  const scheduleSave = () => {
    if (!closed && !saveTimer) saveTimer = setTimeout(() => void saveState(), STATE_SAVE_DELAY_MS)
  }
  const projectRemote = () => {
    projectTimer = null
    if (closed) return
    const projected = projectWorkspace(doc)
    if (!projected.ok || projected.readOnlyReason) {
      refused = `a change from the team was refused and not saved: ${projected.ok ? projected.readOnlyReason : projected.reason}`
    } else {
      refused = null
      deps.onRemote(projected.workspace)
      void mirror.sync(projected.workspace)
      scheduleSave()
    }
    deps.onChange()
  }
  const local = new Set<unknown>([shared.origin, UNTRACKED, FOLDED_EDITS, shared.undoManager])
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (local.has(origin)) return scheduleSave()
    // Updates arrive one message at a time; a burst is projected once.
    projectTimer ??= setTimeout(projectRemote, 0)
  })
  edits.observe(() => deps.onChange())

  const onLiveStatus = (now: LiveStatus) => {
    if (now.state === 'up-to-date' && !closed) void mirror.sync(deps.current())
    deps.onChange()
  }
  const live: LiveSession = openLiveSession(deps.link, doc, onLiveStatus, { presence: true })
  const awareness = live.awareness
  awareness?.setLocalState({ name: deps.displayName(), area: null, sectionId: null })
  awareness?.on('change', () => deps.onChange())

  const landed = (moved: boolean): Workspace | null => {
    if (!moved) return null
    const projected = projectWorkspace(doc)
    return projected.ok ? projected.workspace : null
  }

  return {
    link: deps.link,
    doc,
    record(before, after, undoable) {
      const origin = undoable ? shared.origin : UNTRACKED
      writeWorkspace(doc, before, after, origin)
      markEdits(doc, before, after, deps, origin)
      if (before.library.resources !== after.library.resources || before.cluster.logo !== after.cluster.logo) void mirror.sync(after)
    },
    undo: () => landed(shared.undo()),
    redo: () => landed(shared.redo()),
    canUndo: () => shared.undoManager.undoStack.length > 0,
    canRedo: () => shared.undoManager.redoStack.length > 0,
    status() {
      const now = live.status()
      const peers: TeamPeer[] = []
      awareness?.getStates().forEach((state, clientId) => {
        if (clientId !== awareness.clientID && typeof state.name === 'string') peers.push(peerOf(state))
      })
      return {
        shared: true,
        server: deps.link.server,
        state: refused ? 'refused' : now.state,
        waiting: now.waiting,
        reason: refused ?? now.reason,
        fileProblem,
        peers,
        edits: edits.toJSON() as Record<string, EditMark>
      }
    },
    setPresence(area, sectionId) {
      awareness?.setLocalState({ name: deps.displayName(), area, sectionId })
    },
    upToDate: () => live.upToDate(),
    filesSettled: () => mirror.sync(deps.current()),
    async close() {
      if (closed) return
      if (projectTimer) clearTimeout(projectTimer)
      if (saveTimer) clearTimeout(saveTimer)
      await saveState()
      closed = true
      live.close()
      shared.destroy()
    }
  }
}

const peerOf = (state: Record<string, unknown>): TeamPeer => ({
  name: String(state.name).slice(0, 80),
  area: typeof state.area === 'string' ? state.area.slice(0, 40) : null,
  sectionId: typeof state.sectionId === 'string' ? state.sectionId.slice(0, 100) : null
})

/** Records who changed which members and strategy sections, in the team state beside the workspace. */
function markEdits(doc: Y.Doc, before: Workspace | null, after: Workspace, deps: Pick<TeamAttachmentDeps, 'displayName' | 'now'>, origin: unknown) {
  const changed = [...changedIds(before?.members ?? [], after.members), ...changedIds(before?.strategy.sections ?? [], after.strategy.sections)]
  if (changed.length === 0) return
  const mark: EditMark = { name: deps.displayName(), at: deps.now().toISOString() }
  doc.transact(() => {
    const edits = doc.getMap<EditMark>(EDITS_MAP)
    for (const id of changed) edits.set(id, mark)
  }, origin)
}

/** Ids of items added or changed (commands are immutable updates, so most unchanged items are the same object). */
function changedIds<T extends { id: string }>(before: readonly T[], after: readonly T[]): string[] {
  const previous = new Map(before.map((item) => [item.id, item]))
  const same = (a: T | undefined, b: T) => a === b || (a !== undefined && JSON.stringify(a) === JSON.stringify(b))
  return after.filter((item) => !same(previous.get(item.id), item)).map((item) => item.id)
}
