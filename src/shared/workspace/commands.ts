import { z } from 'zod'
import { ClusterSchema, type Workspace } from './schema'

/**
 * Every change to a workspace is a command: plain data, validated at the IPC boundary,
 * applied by the same pure function in the renderer (optimistically) and in main (for real).
 */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cluster/update'),
    patch: ClusterSchema.omit({ example: true }).partial()
  })
])

export type Command = z.output<typeof CommandSchema>
export type CommandInput = z.input<typeof CommandSchema>

/** Commands that join the undo history; typing in a field relies on the field's own undo. */
export function isUndoable(command: Command): boolean {
  switch (command.type) {
    case 'cluster/update':
      return false
  }
}

/** Applies one command. Returns the same object when nothing changed. */
export function applyCommand(workspace: Workspace, command: Command): Workspace {
  switch (command.type) {
    case 'cluster/update':
      return { ...workspace, cluster: { ...workspace.cluster, ...command.patch } }
  }
}
