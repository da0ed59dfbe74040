import { basename, extname, resolve } from 'node:path'
import { BUNDLE_EXTENSION, OPENER_EXTENSION, WORKSPACE_FILE } from '../storage/bundle'

const OPENABLE = [BUNDLE_EXTENSION, OPENER_EXTENSION]

/**
 * A workspace path passed on the command line, by the OS on double-click or by a second launch,
 * made absolute against the folder that launch started in.
 */
export function workspacePathFromArgv(argv: readonly string[], workingDirectory = process.cwd()): string | null {
  const candidates = argv.slice(1).filter((arg) => !arg.startsWith('-'))
  const match = candidates.find((arg) => OPENABLE.includes(extname(arg).toLowerCase()) || basename(arg) === WORKSPACE_FILE)
  return match ? resolve(workingDirectory, match) : null
}
