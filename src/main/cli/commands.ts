import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { createWorkspace } from '../../shared/workspace/schema'
import { summarizeWorkspace } from '../../shared/workspace/summary'
import { bundleDisplayName, bundleFromPath, bundlePaths, withBundleExtension } from '../storage/bundle'
import { errorCode } from '../storage/durable-write'
import { describeFsError } from '../storage/fs-errors'
import { readWorkspaceFile, WorkspaceLoadError } from '../storage/workspace-file'
import { createWorkspaceBundle } from '../storage/workspace-store'

export type CliResult = { code: number; stdout?: string; stderr?: string }

export const USAGE = `Usage: npm run cli -- <command> [arguments]

Commands:
  new <path> [--name NAME]   create an empty workspace folder (<path>.cluster)
  info <path>                print a JSON summary: name, schemaVersion, members per pillar
  validate <path>            exit 0 if the workspace is valid, else exit 1 with the reason

<path> is a .cluster workspace folder or the workspace.json inside it.`

async function load(path: string) {
  return readWorkspaceFile(bundlePaths(bundleFromPath(resolve(path))).workspaceFile)
}

export async function newCommand(path: string, name: string | undefined, now = new Date()): Promise<CliResult> {
  const bundle = withBundleExtension(resolve(path))
  const workspace = createWorkspace({ id: randomUUID(), now: now.toISOString(), name: name ?? bundleDisplayName(bundle) })
  try {
    await createWorkspaceBundle(bundle, workspace)
  } catch (error) {
    const reason = errorCode(error) === 'EEXIST' ? 'it already exists' : describeFsError(error)
    return { code: 1, stderr: `Could not create ${bundle}: ${reason}` }
  }
  return { code: 0, stdout: `Created ${bundle}` }
}

export async function infoCommand(path: string): Promise<CliResult> {
  try {
    const loaded = await load(path)
    const summary = summarizeWorkspace(loaded.workspace)
    const info = { ...summary, schemaVersion: loaded.readOnlyReason ? 'newer than this app' : summary.schemaVersion }
    return { code: 0, stdout: JSON.stringify(info, null, 2) }
  } catch (error) {
    return { code: 1, stderr: failureLine(error) }
  }
}

export async function validateCommand(path: string): Promise<CliResult> {
  try {
    const loaded = await load(path)
    if (loaded.readOnlyReason) return { code: 1, stderr: `invalid: ${loaded.readOnlyReason}` }
    const { cluster, members, schemaVersion } = loaded.workspace
    const upgraded = loaded.migratedFrom === null ? '' : `, upgradable from schemaVersion ${loaded.migratedFrom}`
    return { code: 0, stdout: `valid: "${cluster.name}", schemaVersion ${schemaVersion}, ${members.length} members${upgraded}` }
  } catch (error) {
    return { code: 1, stderr: `invalid: ${failureLine(error)}` }
  }
}

function failureLine(error: unknown): string {
  return error instanceof WorkspaceLoadError ? `${error.file}: ${error.reason}` : String(error)
}
