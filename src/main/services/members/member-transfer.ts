import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { basename } from 'node:path'
import { planImport } from '../../../shared/members/duplicates'
import { exportRows, guessMapping, mapRows, type ColumnMapping } from '../../../shared/members/csv-mapping'
import type { ApiResponses, ImportPreview } from '../../../shared/ipc'
import { safeFileName } from '../../storage/bundle'
import { writeFileDurably } from '../../storage/durable-write'
import { describeFsError } from '../../storage/fs-errors'
import { AppError } from '../app-error'
import type { SessionService, WorkspaceDialogs } from '../session'
import { CSV_LIMITS, readCsvBytes, writeCsv, type CsvTable } from './csv-file'

type ImportSummary = ApiResponses['commitMemberImport']

const SAMPLE_ROWS = 8
const PREVIEWS_KEPT = 3 // previews the user abandoned are let go

/** Reads a CSV file into a table, or explains in one sentence why it cannot be used. */
export async function readCsvFile(path: string): Promise<CsvTable> {
  let bytes: Uint8Array
  try {
    const info = await fs.stat(path)
    if (info.size > CSV_LIMITS.bytes) throw new AppError('invalid-request', `"${basename(path)}" is too large to import (the limit is 20 MB).`)
    bytes = await fs.readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('io', `"${basename(path)}" could not be read: ${describeFsError(error)}.`)
  }
  const read = readCsvBytes(bytes)
  if (!read.ok) throw new AppError('invalid-request', `"${basename(path)}" could not be read as a member list: ${read.reason}. Nothing was imported.`)
  return read.table
}

/**
 * CSV in and out of the member list. Import is two steps: a preview (main reads the file the
 * user chose; the renderer never sends a path) and a commit with the user's column mapping,
 * applied as one undoable change.
 */
export function createMemberTransfer(deps: { session: SessionService; dialogs: WorkspaceDialogs; newId?: () => string }) {
  const newId = deps.newId ?? (() => randomUUID())
  const pending = new Map<string, { fileName: string; table: CsvTable }>()

  return {
    async preview(): Promise<ImportPreview | { cancelled: true }> {
      deps.session.currentWorkspace() // nothing to import into without an open workspace
      const path = await deps.dialogs.chooseCsvToImport()
      if (!path) return { cancelled: true }
      const table = await readCsvFile(path)
      const importId = newId()
      pending.set(importId, { fileName: basename(path), table })
      while (pending.size > PREVIEWS_KEPT) pending.delete(pending.keys().next().value!)
      return {
        importId,
        fileName: basename(path),
        encoding: table.encoding,
        delimiter: table.delimiter,
        headers: table.headers,
        sample: table.rows.slice(0, SAMPLE_ROWS),
        rowCount: table.rows.length,
        mapping: guessMapping(table.headers)
      }
    },

    commit({ importId, mapping, importDuplicates }: { importId: string; mapping: ColumnMapping; importDuplicates: boolean }): ImportSummary {
      const prepared = pending.get(importId)
      if (!prepared) throw new AppError('not-found', 'That import is no longer available; choose the file again.')
      if (mapping.name === undefined) throw new AppError('invalid-request', 'Choose which column holds the members’ names.')
      const { accepted, rejected } = mapRows(prepared.table.rows, mapping, newId)
      const plan = planImport(accepted, deps.session.currentWorkspace().members, importDuplicates)
      if (plan.members.length === 0) {
        throw new AppError('invalid-request', `Nothing was imported from "${prepared.fileName}": ${rejected.length} rows had problems and ${plan.duplicates.length} were already members.`)
      }
      const session = deps.session.applyFromMain({ type: 'member/import', members: plan.members })
      pending.delete(importId)
      return { session, imported: plan.members.length, duplicates: plan.duplicates, rejected }
    },

    async exportCsv(): Promise<{ savedTo: string | null; count: number }> {
      const workspace = deps.session.currentWorkspace()
      const path = await deps.dialogs.chooseCsvExport(`${safeFileName(workspace.cluster.name)} - members.csv`)
      if (!path) return { savedTo: null, count: 0 }
      const target = path.toLowerCase().endsWith('.csv') ? path : `${path}.csv`
      try {
        await writeFileDurably(target, writeCsv(exportRows(workspace.members)))
      } catch (error) {
        throw new AppError('io', `The member list could not be saved: ${describeFsError(error)}.`)
      }
      return { savedTo: target, count: workspace.members.length }
    }
  }
}
