import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { exportRows, FIELD_LABELS, guessMapping, mapRows } from '../../shared/members/csv-mapping'
import { planImport } from '../../shared/members/duplicates'
import { applyCommand } from '../../shared/workspace/commands'
import { AppError } from '../services/app-error'
import { readCsvFile } from '../services/members/member-transfer'
import { writeCsv } from '../services/members/csv-file'
import { bundleFromPath, bundlePaths } from '../storage/bundle'
import { writeFileDurably } from '../storage/durable-write'
import { describeFsError } from '../storage/fs-errors'
import { readWorkspaceFile, WorkspaceLoadError } from '../storage/workspace-file'
import { openWorkspaceBundle } from '../storage/workspace-store'
import type { CliResult } from './commands'
import { appDataDir } from './data-dir'

const listRows = (rows: number[]) => (rows.length > 12 ? `${rows.slice(0, 12).join(', ')} and ${rows.length - 12} more` : rows.join(', '))

/** `import-members`: adds the members of a CSV file, with the column mapping guessed from its headers. */
export async function importMembersCommand(path: string, csvPath: string): Promise<CliResult> {
  let opened
  try {
    opened = await openWorkspaceBundle(bundleFromPath(resolve(path)), {
      snapshotsRoot: join(appDataDir(), 'snapshots'),
      now: () => new Date(),
      onLockLost: () => undefined
    })
  } catch (error) {
    return { code: 1, stderr: error instanceof WorkspaceLoadError ? `${error.file}: ${error.reason}` : String(error) }
  }
  try {
    if (opened.readOnlyReason) return { code: 1, stderr: `Nothing was imported: ${opened.readOnlyReason}` }
    const table = await readCsvFile(resolve(csvPath))
    const mapping = guessMapping(table.headers)
    if (mapping.name === undefined) {
      return { code: 1, stderr: `Nothing was imported: no column looks like the members' names (headers: ${table.headers.join(', ')}). Rename it "Name" or import in the app, where you can choose the columns.` }
    }
    const { accepted, rejected } = mapRows(table.rows, mapping, () => randomUUID())
    const plan = planImport(accepted, opened.workspace.members, false)
    if (plan.members.length > 0) await opened.save(applyCommand(opened.workspace, { type: 'member/import', members: plan.members }))
    const used = Object.entries(mapping).map(([field, column]) => `${FIELD_LABELS[field as keyof typeof FIELD_LABELS]} ← "${table.headers[column]}"`)
    const lines = [
      `Imported ${plan.members.length} of ${table.rows.length} rows from ${csvPath} (${table.encoding}, "${table.delimiter === '\t' ? 'tab' : table.delimiter}"-separated).`,
      `Columns: ${used.join('; ')}.`,
      ...(plan.duplicates.length ? [`Skipped ${plan.duplicates.length} likely duplicates: ${plan.duplicates.slice(0, 12).map((d) => `row ${d.row} (${d.name} ~ ${d.matches}, ${d.reason})`).join('; ')}.`] : []),
      ...(rejected.length ? [`Rejected ${rejected.length} rows: ${rejected.slice(0, 12).map((r) => `row ${r.row}: ${r.reason}`).join('; ')}${rejected.length > 12 ? ` (rows ${listRows(rejected.slice(12).map((r) => r.row))} too)` : ''}.`] : [])
    ]
    return plan.members.length > 0 ? { code: 0, stdout: lines.join('\n') } : { code: 1, stderr: lines.join('\n') }
  } catch (error) {
    return { code: 1, stderr: error instanceof AppError ? error.message : `Could not import: ${describeFsError(error)}` }
  } finally {
    await opened.close()
  }
}

/** `export-members`: writes the member list as a spreadsheet-safe CSV file. */
export async function exportMembersCommand(path: string, csvPath: string): Promise<CliResult> {
  try {
    const { workspace } = await readWorkspaceFile(bundlePaths(bundleFromPath(resolve(path))).workspaceFile)
    const target = resolve(csvPath)
    await writeFileDurably(target, writeCsv(exportRows(workspace.members)))
    return { code: 0, stdout: `Wrote ${workspace.members.length} members to ${target}` }
  } catch (error) {
    return { code: 1, stderr: error instanceof WorkspaceLoadError ? `${error.file}: ${error.reason}` : `Could not export: ${describeFsError(error)}` }
  }
}
