import * as Y from 'yjs'
import { applyCommand, type WorkspaceCommand } from '../workspace/commands'
import { interpretWorkspace, type Interpretation } from '../workspace/load'
import type { Workspace } from '../workspace/schema'
import { WORKSPACE_SHAPE } from './layout'
import { project } from './y-tree'
import { writeField } from './y-write'

/**
 * A shared workspace: the Y.Doc every laptop holds, and its projection back to the `Workspace`
 * type, checked with the same schema (and migrations) as a workspace file.
 *
 * Commands stay the pure `applyCommand` of today: a command is applied to the projected
 * workspace and the difference is written into the Y.Doc in one transaction, tagged with this
 * replica's origin, so each person's undo undoes only their own changes.
 *
 * Deleted by one while edited by another: the deletion wins. A removed member (section, target,
 * resource…) stays removed, and a concurrent edit of its fields is dropped with it.
 */
const ROOT = 'workspace'

export type Projection = Extract<Interpretation, { ok: true }> | { ok: false; reason: string }

export const rootOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT)

/** Whether the doc holds a workspace yet (a new copy is empty until its first sync). */
export const hasWorkspace = (doc: Y.Doc) => rootOf(doc).size > 0

/** The workspace a doc holds, validated; a doc that would give an invalid workspace is refused with the reason. */
export function projectWorkspace(doc: Y.Doc): Projection {
  if (!hasWorkspace(doc)) return { ok: false, reason: 'the shared workspace has not been received yet' }
  try {
    return interpretWorkspace(project(WORKSPACE_SHAPE, rootOf(doc)))
  } catch (error) {
    return { ok: false, reason: `the shared workspace could not be read (${error instanceof Error ? error.message : String(error)})` }
  }
}

/** Writes `after` over the workspace the doc holds (`before`, its projection) as one transaction. */
export function writeWorkspace(doc: Y.Doc, before: Workspace | null, after: Workspace, origin: unknown): void {
  doc.transact(() => {
    const root = rootOf(doc)
    for (const [key, value] of Object.entries(after)) writeField(root, key, fieldShapeOfRoot(key), before ? (before as Record<string, unknown>)[key] : undefined, value)
    for (const key of [...root.keys()]) if (!Object.hasOwn(after, key)) root.delete(key)
  }, origin)
}

const fieldShapeOfRoot = (key: string) =>
  WORKSPACE_SHAPE.kind === 'object' && Object.hasOwn(WORKSPACE_SHAPE.fields, key) ? WORKSPACE_SHAPE.fields[key]! : { kind: 'value' as const }

/** A new doc holding `workspace` (what `share` uploads). */
export function docFromWorkspace(workspace: Workspace, origin: unknown = null): Y.Doc {
  const doc = new Y.Doc()
  writeWorkspace(doc, null, workspace, origin)
  return doc
}

export type CommandOutcome = { ok: true; workspace: Workspace; changed: boolean } | { ok: false; reason: string }

/**
 * One replica of a shared workspace: commands become Yjs transactions with this replica's
 * origin, and `undo`/`redo` reach only those.
 */
export class SharedWorkspace {
  readonly origin = Symbol('this laptop')
  readonly undoManager: Y.UndoManager
  /** The projection while only this replica's commands have changed the doc: projecting 10,000 members per command is most of a command's time. */
  private known: Projection | null = null
  private readonly forget = (_update: Uint8Array, origin: unknown) => {
    if (origin !== this.origin) this.known = null
  }

  constructor(readonly doc: Y.Doc) {
    // captureTimeout 0: each command is its own undo step, as in the app's history today.
    this.undoManager = new Y.UndoManager(rootOf(doc), { trackedOrigins: new Set([this.origin]), captureTimeout: 0 })
    doc.on('update', this.forget)
  }

  project(): Projection {
    this.known ??= projectWorkspace(this.doc)
    return this.known
  }

  apply(command: WorkspaceCommand): CommandOutcome {
    const current = this.project()
    if (!current.ok) return current
    if (current.readOnlyReason) return { ok: false, reason: current.readOnlyReason }
    const next = applyCommand(current.workspace, command)
    if (next === current.workspace) return { ok: true, workspace: next, changed: false }
    writeWorkspace(this.doc, current.workspace, next, this.origin)
    this.known = { ...current, workspace: next }
    return { ok: true, workspace: next, changed: true }
  }

  undo(): boolean {
    return this.undoManager.undo() !== null
  }

  redo(): boolean {
    return this.undoManager.redo() !== null
  }

  destroy(): void {
    this.doc.off('update', this.forget)
    this.undoManager.destroy()
  }
}
