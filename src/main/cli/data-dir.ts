import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The app's own folder, where Electron's app.getPath('userData') puts it for "Cluster Workbench",
 * so snapshots taken by the CLI sit beside the app's. CLUSTER_WORKBENCH_DATA_DIR overrides it,
 * as it does for the app.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CLUSTER_WORKBENCH_DATA_DIR) return env.CLUSTER_WORKBENCH_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Cluster Workbench')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Cluster Workbench')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Cluster Workbench')
}
