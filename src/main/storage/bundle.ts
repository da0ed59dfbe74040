import { basename, dirname, extname, join } from 'node:path'

/**
 * A workspace is a folder bundle the team owns: `Harbour Tech.cluster/` holding
 * `workspace.json` (all text data) and `attachments/` (imported PDFs, written once and never
 * rewritten on save). The lock, the previous save (`.bak`) and upgrade copies live beside it.
 */
export const BUNDLE_EXTENSION = '.cluster'
export const WORKSPACE_FILE = 'workspace.json'

/**
 * Windows and Linux file managers open folders, not apps, on double-click, and a file type can
 * only be given to files. So each bundle holds a small file of a type the app registers: opening
 * it opens the folder it is in. (macOS shows the whole `.cluster` folder as one document.)
 */
export const OPENER_EXTENSION = '.cwb'
export const OPENER_FILE = `Open in Cluster Workbench${OPENER_EXTENSION}`
export const OPENER_TEXT = `${JSON.stringify({ kind: 'cluster-workbench-opener', opens: 'the workspace folder this file is in' }, null, 2)}\n`

export type BundlePaths = {
  bundle: string
  workspaceFile: string
  backupFile: string
  attachmentsDir: string
  lockFile: string
  openerFile: string
}

export function bundlePaths(bundle: string): BundlePaths {
  return {
    bundle,
    workspaceFile: join(bundle, WORKSPACE_FILE),
    backupFile: join(bundle, `${WORKSPACE_FILE}.bak`),
    attachmentsDir: join(bundle, 'attachments'),
    lockFile: join(bundle, '.lock'),
    openerFile: join(bundle, OPENER_FILE)
  }
}

/** Accepts the bundle folder, or the workspace.json or opener file inside it (what a user may pick, drop or double-click). */
export function bundleFromPath(path: string): string {
  return basename(path) === WORKSPACE_FILE || extname(path).toLowerCase() === OPENER_EXTENSION ? dirname(path) : path
}

/** Adds `.cluster` when a save dialog returns a bare name. */
export function withBundleExtension(path: string): string {
  return extname(path).toLowerCase() === BUNDLE_EXTENSION ? path : `${path}${BUNDLE_EXTENSION}`
}

/** "Harbour Tech" for ".../Harbour Tech.cluster". */
export function bundleDisplayName(bundle: string): string {
  const name = basename(bundle)
  return name.toLowerCase().endsWith(BUNDLE_EXTENSION) ? name.slice(0, -BUNDLE_EXTENSION.length) : name
}

/** Turns a cluster name into a safe file name on every platform. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100)
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i
  if (!cleaned || reserved.test(cleaned)) return 'Cluster workspace'
  return cleaned
}
