import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { FIELD_LABELS, type ImportField } from '../../shared/members/csv-mapping'
import { describeEncoding, DELIMITER_LABELS } from '../../shared/members/import-formats'
import { emptyValueMap } from '../../shared/members/value-mapping'
import { countOf } from '../../shared/plural'
import { applyCommand } from '../../shared/workspace/commands'
import { AppError } from '../services/app-error'
import { createInProcessImportRunner } from '../services/members/import-runner'
import { planImportInto, previewPath, writeMembersCsv } from '../services/members/member-transfer'
import { bundleFromPath, bundlePaths } from '../storage/bundle'
import { describeFsError } from '../storage/fs-errors'
import { readWorkspaceFile, WorkspaceLoadError } from '../storage/workspace-file'
import { openWorkspaceBundle } from '../storage/workspace-store'
import type { CliResult } from './commands'
import { appDataDir } from './data-dir'

/** Text from a file, safe to print: control characters (terminal escape sequences among them) and bidi overrides shown as "?". */
export const printable = (text: string) => text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '?')

const listed = <T>(items: readonly T[], show: (item: T) => string) => `${items.slice(0, 12).map(show).join('; ')}${items.length > 12 ? `; and ${items.length - 12} more` : ''}`

/** `import-members`: adds the members of a CSV file or workbook, with columns and values as the app would guess them. */
export async function importMembersCommand(path: string, filePath: string): Promise<CliResult> {
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
  const runner = createInProcessImportRunner(() => randomUUID())
  try {
    if (opened.readOnlyReason) return { code: 1, stderr: `Nothing was imported: ${opened.readOnlyReason}` }
    const preview = await previewPath(runner, opened.workspace, resolve(filePath))
    const header = (column: number) => `"${printable(preview.headers[column] ?? '')}"`
    if (preview.mapping.name === undefined) {
      return { code: 1, stderr: `Nothing was imported: no column looks like the members' names (headers: ${preview.headers.map((_, column) => header(column)).join(', ')}). Rename it "Name" or import in the app, where you can choose the columns.` }
    }
    const choices = { importId: preview.importId, mapping: preview.mapping, values: emptyValueMap(), fixes: {} }
    const analysis = await runner.analyse(preview.importId, { ...choices, values: opened.workspace.importValues, remembered: opened.workspace.importValues })
    const { plan, command } = await planImportInto(runner, opened.workspace, { ...choices, importDuplicates: false, remember: false }, () => undefined)
    if (command) await opened.save(applyCommand(opened.workspace, command))
    const source = preview.source.kind === 'csv' ? `${describeEncoding(preview.source.encoding, preview.source.bom)}, ${DELIMITER_LABELS[preview.source.delimiter].toLowerCase()}-separated` : `sheet "${printable(preview.source.sheet)}", headers in row ${preview.source.headerRow}`
    const used = Object.entries(preview.mapping).map(([field, column]) => `${FIELD_LABELS[field as ImportField]} ← ${header(column)}`)
    const lines = [
      `Imported ${plan.members.length.toLocaleString('en')} of ${countOf(plan.rowCount, 'row', 'rows')} from ${printable(filePath)} (${source}).`,
      `Columns: ${used.join('; ')}.`,
      ...(analysis.unknown.length ? [`Values not recognised, left Unassigned (pillar) or Prospect (stage); map them in the app: ${listed(analysis.unknown, (value) => `${value.field} "${printable(value.value)}" × ${value.count}`)}.`] : []),
      ...(plan.duplicates.length ? [`Skipped ${countOf(plan.duplicates.length, 'likely duplicate', 'likely duplicates')}: ${listed(plan.duplicates, (d) => `row ${d.row} (${printable(d.name)} ~ ${printable(d.matches)}, ${d.reason})`)}.`] : []),
      ...(plan.rejected.length ? [`Rejected ${countOf(plan.rejected.length, 'row', 'rows')}: ${listed(plan.rejected, (r) => `row ${r.row}: ${printable(r.reason)}`)}.`] : []),
      ...(plan.warnings.length ? [`Imported as written, please check ${countOf(plan.warnings.length, 'value', 'values')}: ${listed(plan.warnings, (r) => `row ${r.row}: ${printable(r.reason)}`)}.`] : [])
    ]
    return command ? { code: 0, stdout: lines.join('\n') } : { code: 1, stderr: lines.join('\n') }
  } catch (error) {
    return { code: 1, stderr: error instanceof AppError ? printable(error.message) : `Could not import: ${describeFsError(error)}` }
  } finally {
    await runner.dispose()
    await opened.close()
  }
}

/** `export-members`: writes the member list as a spreadsheet-safe CSV file. */
export async function exportMembersCommand(path: string, csvPath: string): Promise<CliResult> {
  try {
    const { workspace } = await readWorkspaceFile(bundlePaths(bundleFromPath(resolve(path))).workspaceFile)
    const target = resolve(csvPath)
    await writeMembersCsv(target, workspace)
    return { code: 0, stdout: `Wrote ${workspace.members.length} members to ${target}` }
  } catch (error) {
    return { code: 1, stderr: error instanceof WorkspaceLoadError ? `${error.file}: ${error.reason}` : error instanceof AppError ? error.message : `Could not export: ${describeFsError(error)}` }
  }
}
