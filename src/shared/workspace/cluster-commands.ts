import { z } from 'zod'
import { patchSchema } from '../patch'
import { ClusterSchema, LogoSchema, type Workspace } from './schema'

/** Commands that change the cluster's own details (name, region, sector, purpose). */
export const CLUSTER_COMMANDS = [
  z.object({
    type: z.literal('cluster/update'),
    // Without defaults: renaming the cluster must not reset its region or description (see patchSchema).
    patch: patchSchema(ClusterSchema.omit({ example: true, logo: true }))
  }),
  /** Main sets a logo after copying the image into the bundle; the renderer may only remove it. */
  z.object({ type: z.literal('cluster/set-logo'), logo: LogoSchema.nullable() })
] as const

export type ClusterCommand = z.output<(typeof CLUSTER_COMMANDS)[number]>

export function applyClusterCommand(workspace: Workspace, command: ClusterCommand): Workspace {
  switch (command.type) {
    case 'cluster/update':
      return { ...workspace, cluster: { ...workspace.cluster, ...command.patch } }
    case 'cluster/set-logo':
      return { ...workspace, cluster: { ...workspace.cluster, logo: command.logo } }
  }
}
