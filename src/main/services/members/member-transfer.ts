import { randomUUID } from 'node:crypto'
import type { ApiEventPayloads, ParsedRequests, SessionView } from '../../../shared/ipc'
import { exportRows, type ColumnMapping } from '../../../shared/members/csv-mapping'
import type { ImportPlan, ImportPreview } from '../../../shared/members/import-steps'
import type { DuplicateRow } from '../../../shared/members/duplicates'
import { ImportStopped, type RowFixes, type RowProblem } from '../../../shared/members/row-mapping'
import type { ValueMap } from '../../../shared/members/value-mapping'
import type { MemberCommand } from '../../../shared/workspace/member-commands'
import { LIMITS, type Workspace } from '../../../shared/workspace/schema'
import { countOf, plural } from '../../../shared/plural'
import { safeFileName } from '../../storage/bundle'
import { writeFileDurably } from '../../storage/durable-write'
import { describeFsError } from '../../storage/fs-errors'
import { AppError } from '../app-error'
import type { SessionService, WorkspaceDialogs } from '../session'
import { writeCsv } from './csv-file'
import type { ImportProgress, ImportRunner } from './import-runner'

export type ImportRequest = { importId: string; mapping: ColumnMapping; values: ValueMap; fixes: RowFixes; importDuplicates: boolean; remember: boolean }
export type ImportSummary = { imported: number; duplicates: DuplicateRow[]; rejected: RowProblem[]; warnings: RowProblem[] }

/** The user's mapping of values on top of what this workspace remembers from earlier imports. */
const withRemembered = (workspace: Workspace, values: ValueMap): ValueMap => ({
  pillar: { ...workspace.importValues.pillar, ...values.pillar },
  stage: { ...workspace.importValues.stage, ...values.stage }
})

/**
 * Plans an import into `workspace` and the one undoable command that applies it. The app and
 * the CLI both import through this, so they follow one rule.
 */
export async function planImportInto(
  runner: ImportRunner,
  workspace: Workspace,
  request: ImportRequest,
  onProgress: ImportProgress,
  signal?: AbortSignal
): Promise<{ plan: ImportPlan & { fileName: string }; command: MemberCommand | null }> {
  if (request.mapping.name === undefined) throw new AppError('invalid-request', 'Choose which column holds the members’ names.')
  const values = withRemembered(workspace, request.values)
  const existing = workspace.members.map(({ id, name, website }) => ({ id, name, website }))
  let plan
  try {
    plan = await runner.plan(request.importId, { mapping: request.mapping, values, fixes: request.fixes, importDuplicates: request.importDuplicates }, existing, onProgress, signal)
  } catch (error) {
    if (error instanceof ImportStopped) throw new AppError('cancelled', 'The import was cancelled; nothing was imported.')
    throw error
  }
  const room = LIMITS.members - workspace.members.length
  if (plan.members.length > room) {
    throw new AppError('invalid-request', `Nothing was imported: ${plan.members.length.toLocaleString('en')} new members would take the workspace over its limit of ${LIMITS.members.toLocaleString('en')} members (room for ${room.toLocaleString('en')}).`)
  }
  const remembered = request.remember && (Object.keys(request.values.pillar).length > 0 || Object.keys(request.values.stage).length > 0)
  const command: MemberCommand | null = plan.members.length === 0 ? null : { type: 'member/import', members: plan.members, ...(remembered ? { values: request.values } : {}) }
  return { plan, command }
}

/** Reads a file for import with nothing chosen by hand: the CLI's first step. */
export async function previewPath(runner: ImportRunner, workspace: Workspace, path: string): Promise<ImportPreview> {
  return runner.open(randomUUID(), path, {}, workspace.importValues)
}

export function nothingImported(plan: ImportPlan & { fileName: string }): AppError {
  const problems = `${countOf(plan.rejected.length, 'row', 'rows')} had problems`
  const duplicates = `${plan.duplicates.length.toLocaleString('en')} ${plural(plan.duplicates.length, 'was already a member', 'were already members')}`
  return new AppError('invalid-request', `Nothing was imported from "${plan.fileName}": ${problems} and ${duplicates}.`)
}

/**
 * Member lists in and out. Import is: a preview (main reads the file the user chose; the
 * renderer never sends a path), reading again with another encoding, separator or sheet,
 * analysis (values to map, rows to correct), then a commit applied as one undoable change.
 * The work runs in `runner` (a worker thread in the app), with progress and Cancel.
 */
export function createMemberTransfer(deps: {
  session: SessionService
  dialogs: WorkspaceDialogs
  runner: ImportRunner
  emit: (event: 'onImportProgress', payload: ApiEventPayloads['onImportProgress']) => void
  newId?: () => string
}) {
  const newId = deps.newId ?? (() => randomUUID())
  let running: AbortController | null = null

  return {
    async preview(): Promise<ImportPreview | { cancelled: true }> {
      const workspace = deps.session.currentWorkspace() // nothing to import into without an open workspace
      const path = await deps.dialogs.chooseCsvToImport()
      if (!path) return { cancelled: true }
      return deps.runner.open(newId(), path, {}, workspace.importValues)
    },

    reread({ importId, ...choice }: ParsedRequests['rereadMemberImport']): Promise<ImportPreview> {
      return deps.runner.open(importId, null, choice, deps.session.currentWorkspace().importValues)
    },

    analyse({ importId, mapping, values, fixes }: ParsedRequests['analyseMemberImport']) {
      const workspace = deps.session.currentWorkspace()
      return deps.runner.analyse(importId, { mapping, fixes, values: withRemembered(workspace, values), remembered: workspace.importValues })
    },

    async commit(request: ParsedRequests['commitMemberImport']): Promise<ImportSummary & { session: SessionView }> {
      if (running) throw new AppError('invalid-request', 'An import is already running.')
      running = new AbortController()
      try {
        const { plan, command } = await planImportInto(deps.runner, deps.session.currentWorkspace(), request, (phase, done, total) => deps.emit('onImportProgress', { phase, done, total }), running.signal)
        if (!command) throw nothingImported(plan)
        const session = deps.session.applyFromMain(command)
        deps.runner.drop(request.importId)
        return { session, imported: plan.members.length, duplicates: plan.duplicates, rejected: plan.rejected, warnings: plan.warnings }
      } finally {
        running = null
      }
    },

    cancel(): { cancelled: boolean } {
      running?.abort()
      return { cancelled: running !== null }
    },

    async exportCsv(): Promise<{ savedTo: string | null; count: number }> {
      const workspace = deps.session.currentWorkspace()
      const path = await deps.dialogs.chooseCsvExport(`${safeFileName(workspace.cluster.name)} - members.csv`)
      if (!path) return { savedTo: null, count: 0 }
      const target = path.toLowerCase().endsWith('.csv') ? path : `${path}.csv`
      await writeMembersCsv(target, workspace)
      return { savedTo: target, count: workspace.members.length }
    },

    dispose: () => deps.runner.dispose()
  }
}

/** Writes the member list as a spreadsheet-safe CSV file (the app's export and the CLI's). */
export async function writeMembersCsv(target: string, workspace: Workspace): Promise<void> {
  try {
    await writeFileDurably(target, writeCsv(exportRows(workspace.members)))
  } catch (error) {
    throw new AppError('io', `The member list could not be saved: ${describeFsError(error)}.`)
  }
}
