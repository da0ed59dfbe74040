import { mergeText } from '../../../shared/sync/merge-text'
import type { WorkspaceCommand } from '../../../shared/workspace/commands'
import type { Current } from './open-state'

/**
 * In a shared workspace the page may send a section's whole text built on a revision the team has
 * moved on from (a teammate's change arrived while the command was on its way). Replayed as is,
 * it would erase that change; instead it is merged three ways with the text at the page's
 * revision. Recent workspaces are kept by revision for that (immutable, so keeping them is cheap).
 */
const KEPT_REVISIONS = 64

export function rememberRevision(current: Current): void {
  if (!current.team) return
  current.revisions.set(current.revision, current.workspace)
  for (const revision of current.revisions.keys()) {
    if (current.revisions.size <= KEPT_REVISIONS) break
    current.revisions.delete(revision)
  }
}

export function rebaseCommand(current: Current, command: WorkspaceCommand, baseRevision: number): WorkspaceCommand {
  if (command.type !== 'strategy/update-section' || command.patch.markdown === undefined || baseRevision === current.revision) return command
  const sectionIn = (revision: number) => current.revisions.get(revision)?.strategy.sections.find((section) => section.id === command.id)
  const base = sectionIn(baseRevision)?.markdown
  const theirs = current.workspace.strategy.sections.find((section) => section.id === command.id)?.markdown
  if (base === undefined || theirs === undefined) return command
  return { ...command, patch: { ...command.patch, markdown: mergeText(base, command.patch.markdown, theirs) } }
}
