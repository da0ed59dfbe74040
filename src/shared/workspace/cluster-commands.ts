import { z } from 'zod'
import { patchSchema } from '../patch'
import { ClusterSchema, type Workspace } from './schema'

/** Commands that change the cluster's own details (name, region, sector, purpose). */
export const CLUSTER_COMMANDS = [
  z.object({
    type: z.literal('cluster/update'),
    // Without defaults: renaming the cluster must not reset its region or description (see patchSchema).
    patch: patchSchema(ClusterSchema.omit({ example: true }))
  })
] as const

export type ClusterCommand = z.output<(typeof CLUSTER_COMMANDS)[number]>

export function applyClusterCommand(workspace: Workspace, command: ClusterCommand): Workspace {
  switch (command.type) {
    case 'cluster/update':
      return { ...workspace, cluster: { ...workspace.cluster, ...command.patch } }
  }
}
