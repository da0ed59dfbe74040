import { basename } from 'node:path'

/** A workspace path passed on the command line (or by the OS on double-click), if any. */
export function workspacePathFromArgv(argv: readonly string[]): string | null {
  const candidates = argv.slice(1).filter((arg) => !arg.startsWith('-'))
  const match = candidates.find((arg) => arg.toLowerCase().endsWith('.cluster') || basename(arg) === 'workspace.json')
  return match ?? null
}
