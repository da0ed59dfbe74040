import type { Member } from '../workspace/member'
import { guessMapping, type ColumnMapping } from './csv-mapping'
import { planImport, type Comparable, type DuplicateRow } from './duplicates'
import type { ImportSource, SourceTable } from './import-formats'
import { mapRows, PROGRESS_EVERY, ImportStopped, type MappingChoices, type ProgressHooks, type RowProblem } from './row-mapping'
import { unknownValues, type UnknownValue, type ValueMap } from './value-mapping'

/** The pure steps of an import, the same in the app's worker thread, in tests and in the CLI. */

export const SAMPLE_ROWS = 8
/** Problems listed in the dialog; the rest are counted. */
export const PROBLEMS_LISTED = 200

/** What the import dialog shows after main has read the chosen file. */
export type ImportPreview = {
  importId: string
  fileName: string
  source: ImportSource
  headers: string[]
  /** The first rows and their row numbers, for the live preview. */
  sample: string[][]
  sampleRows: number[]
  rowCount: number
  /** Rows with nothing to import (blank, or a heading across the sheet), left out. */
  skippedRows: number
  mapping: ColumnMapping
  /** Pillar and stage values mapped in earlier imports into this workspace. */
  values: ValueMap
}

/** A problem with the row's current value of its field, so the dialog can offer to correct it. */
export type ListedProblem = RowProblem & { value?: string }

export type ImportAnalysis = {
  unknown: UnknownValue[]
  problems: ListedProblem[]
  errorCount: number
  warningCount: number
  importable: number
}

export type ImportPlan = { members: Member[]; duplicates: DuplicateRow[]; rejected: RowProblem[]; warnings: RowProblem[]; rowCount: number }

export type ImportPhase = 'rows' | 'duplicates'
export type PlanHooks = { onProgress?: (phase: ImportPhase, done: number, total: number) => void; shouldStop?: () => boolean }

export function previewOf(importId: string, fileName: string, source: ImportSource, table: SourceTable, values: ValueMap): ImportPreview {
  return {
    importId,
    fileName,
    source,
    headers: table.headers,
    sample: table.rows.slice(0, SAMPLE_ROWS),
    sampleRows: table.rowNumbers.slice(0, SAMPLE_ROWS),
    rowCount: table.rows.length,
    skippedRows: table.emptyRows,
    mapping: guessMapping(table.headers),
    values
  }
}

/**
 * Values to map and rows to correct, before anything is imported. Values are listed unless the
 * workspace already knows them (`remembered`): those the user maps in this dialog stay listed,
 * so a choice can be changed.
 */
export function analyseTable(table: SourceTable, choices: MappingChoices & { values: ValueMap; remembered: ValueMap }): ImportAnalysis {
  const { rejected, warnings, accepted } = mapRows(table, choices, () => 'analysis')
  const problems = [...rejected, ...warnings].sort((a, b) => a.row - b.row)
  const indexOf = new Map(table.rowNumbers.map((row, index) => [row, index]))
  const listed = problems.slice(0, PROBLEMS_LISTED).map((problem): ListedProblem => {
    if (!problem.field) return problem
    const column = choices.mapping[problem.field]
    const cells = table.rows[indexOf.get(problem.row) ?? -1]
    const value = choices.fixes?.[problem.row]?.[problem.field] ?? (column === undefined ? '' : (cells?.[column] ?? ''))
    return { ...problem, value }
  })
  return { unknown: unknownValues(table, choices.mapping, choices.remembered), problems: listed, errorCount: rejected.length, warningCount: warnings.length, importable: accepted.length }
}

/** Members to add and what was left out: linear in rows plus existing members. */
export function planTable(table: SourceTable, choices: MappingChoices & { importDuplicates: boolean }, existing: readonly Comparable[], newId: () => string, hooks: PlanHooks = {}): ImportPlan {
  const rowHooks: ProgressHooks = { onProgress: (done, total) => hooks.onProgress?.('rows', done, total), ...(hooks.shouldStop ? { shouldStop: hooks.shouldStop } : {}) }
  const { accepted, rejected, warnings } = mapRows(table, choices, newId, rowHooks)
  const plan = planImport(accepted, existing, choices.importDuplicates, (at) => {
    if (at % PROGRESS_EVERY !== 0) return
    if (hooks.shouldStop?.()) throw new ImportStopped()
    hooks.onProgress?.('duplicates', at, accepted.length)
  })
  hooks.onProgress?.('duplicates', accepted.length, accepted.length)
  return { ...plan, rejected, warnings, rowCount: table.rows.length }
}
