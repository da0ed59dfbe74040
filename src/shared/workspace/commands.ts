import { z } from 'zod'
import { applyClusterCommand, CLUSTER_COMMANDS, type ClusterCommand } from './cluster-commands'
import { applyCommentCommand, COMMENT_COMMANDS, type CommentCommand } from './comment-commands'
import { applyLibraryCommand, LIBRARY_COMMANDS, type LibraryCommand } from './library-commands'
import { applyMemberCommand, MEMBER_COMMANDS, type MemberCommand } from './member-commands'
import { applyReadinessCommand, READINESS_COMMANDS, type ReadinessCommand } from '../readiness/commands'
import { applyStrategyCommand, STRATEGY_COMMANDS, type StrategyCommand } from './strategy-commands'
import type { Workspace } from './schema'

/**
 * Every change to a workspace is a command: plain data, validated at the IPC boundary, applied
 * by the same pure function in the renderer (optimistically) and in main (for real). Each area
 * keeps its commands in its own module (`cluster/…` in cluster-commands.ts, and so on).
 */
export const WorkspaceCommandSchema = z.discriminatedUnion('type', [...CLUSTER_COMMANDS, ...MEMBER_COMMANDS, ...LIBRARY_COMMANDS, ...STRATEGY_COMMANDS, ...READINESS_COMMANDS, ...COMMENT_COMMANDS])

export type WorkspaceCommand = z.output<typeof WorkspaceCommandSchema>
export type WorkspaceCommandInput = z.input<typeof WorkspaceCommandSchema>

const isCluster = (command: WorkspaceCommand): command is ClusterCommand => command.type.startsWith('cluster/')
const isMember = (command: WorkspaceCommand): command is MemberCommand => command.type.startsWith('member/')
const isLibrary = (command: WorkspaceCommand): command is LibraryCommand => command.type.startsWith('library/')
const isStrategy = (command: WorkspaceCommand): command is StrategyCommand => command.type.startsWith('strategy/')
const isReadiness = (command: WorkspaceCommand): command is ReadinessCommand => command.type.startsWith('readiness/')
const isComment = (command: WorkspaceCommand): command is CommentCommand => command.type.startsWith('comment/')

/** WorkspaceCommand types that join the undo history; typing in a field relies on the field's own undo. */
const UNDOABLE = new Set<WorkspaceCommand['type']>([
  'cluster/set-logo',
  'member/add', 'member/update', 'member/remove', 'member/move', 'member/import', 'member/merge', 'member/edit-many',
  'library/mark', 'library/add-resource', 'library/update-resource', 'library/remove-resource',
  'strategy/start', 'strategy/add-section', 'strategy/remove-section', 'strategy/move-section',
  'strategy/freeze-placeholders', 'strategy/unfreeze-placeholders', 'strategy/put-target', 'strategy/remove-target',
  'strategy/put-initiative', 'strategy/remove-initiative', 'strategy/take-snapshot', 'strategy/restore-snapshot', 'strategy/remove-snapshot',
  'readiness/clear',
  'comment/add', 'comment/reply', 'comment/edit', 'comment/delete', 'comment/resolve', 'comment/reopen', 'comment/accept', 'comment/reject'
])

export function isUndoable(command: WorkspaceCommand): boolean {
  return UNDOABLE.has(command.type)
}

/** Applies one command. Returns the same object when nothing changed. */
export function applyCommand(workspace: Workspace, command: WorkspaceCommand): Workspace {
  if (isCluster(command)) return applyClusterCommand(workspace, command)
  if (isMember(command)) return applyMemberCommand(workspace, command)
  if (isLibrary(command)) return applyLibraryCommand(workspace, command)
  if (isStrategy(command)) return applyStrategyCommand(workspace, command)
  if (isReadiness(command)) return applyReadinessCommand(workspace, command)
  if (isComment(command)) return applyCommentCommand(workspace, command)
  return workspace
}
