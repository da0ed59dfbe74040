import type { ParsedRequests, RecentEntry } from '../../../shared/ipc'
import type { AppStateStore } from '../app-state'

/** The recent-workspaces list as the start screen shows it. */
export function recentEntries(appState: AppStateStore): RecentEntry[] {
  return appState.get().recent.map(({ id, name, path, openedAt }) => ({ id, name, location: path, openedAt }))
}

/** Takes one workspace off the recent list (its files are not touched). */
export async function forgetRecent(appState: AppStateStore, { id }: ParsedRequests['forgetRecent']): Promise<void> {
  await appState.update((state) => ({ ...state, recent: state.recent.filter((entry) => entry.id !== id) }))
}
