import * as Y from 'yjs'
import { docFromWorkspace, SharedWorkspace } from '../../../src/shared/sync/shared-workspace'
import type { WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import { WorkspaceCommandSchema } from '../../../src/shared/workspace/commands'
import type { Workspace } from '../../../src/shared/workspace/schema'

/** `count` in-memory replicas that start from one shared doc; updates move only when `exchange` is called. */
export function replicasOf(workspace: Workspace, count: number): SharedWorkspace[] {
  const initial = Y.encodeStateAsUpdate(docFromWorkspace(workspace))
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, initial)
    return new SharedWorkspace(doc)
  })
}

/** Two replicas: Anna's laptop and Ben's. */
export function pair(workspace: Workspace): [SharedWorkspace, SharedWorkspace] {
  const [anna, ben] = replicasOf(workspace, 2)
  return [anna!, ben!]
}

/** Both replicas send what the other lacks, as a Yjs provider does on connecting. */
export function exchange(a: SharedWorkspace, b: SharedWorkspace): void {
  const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc))
  const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc))
  Y.applyUpdate(b.doc, toB)
  Y.applyUpdate(a.doc, toA)
}

export function exchangeAll(replicas: readonly SharedWorkspace[]): void {
  for (const a of replicas) for (const b of replicas) if (a !== b) exchange(a, b)
}

export function run(replica: SharedWorkspace, command: WorkspaceCommandInput) {
  const outcome = replica.apply(WorkspaceCommandSchema.parse(command))
  if (!outcome.ok) throw new Error(outcome.reason)
  return outcome.workspace
}

export function view(replica: SharedWorkspace): Workspace {
  const projected = replica.project()
  if (!projected.ok) throw new Error(projected.reason)
  return projected.workspace
}
