// Checks the Electron version the app ships against the checked-in advisory list
// (security/electron-advisories.json). Pure, so tests can call it with any version.
import semver from 'semver'

/** The advisories whose vulnerable range holds `version` (prereleases included). */
export function advisoriesFor(version, list) {
  return list.advisories.filter((advisory) => semver.satisfies(version, advisory.vulnerable, { includePrerelease: true }))
}

/** Days since the list was last compared with Electron's advisories. */
export function daysSinceReview(list, now = new Date()) {
  return Math.floor((now.getTime() - new Date(`${list.reviewed}T00:00:00Z`).getTime()) / 86_400_000)
}

/** The Electron version in a package-lock.json object, or null when it has none. */
export function lockedElectron(lock) {
  return lock.packages?.['node_modules/electron']?.version ?? null
}
