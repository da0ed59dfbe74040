import type { Comparable } from '../../../shared/members/duplicates'
import type { ReadChoice } from '../../../shared/members/import-formats'
import { analyseTable, planTable, previewOf, type ImportAnalysis, type ImportPlan, type ImportPreview, type PlanHooks } from '../../../shared/members/import-steps'
import type { MappingChoices } from '../../../shared/members/row-mapping'
import type { ValueMap } from '../../../shared/members/value-mapping'
import { AppError } from '../app-error'
import { readMemberFile, type MemberFile } from './member-file'

/** Previews the user abandoned are let go after this many newer ones. */
const FILES_KEPT = 3

export type PlanRequest = MappingChoices & { importDuplicates: boolean; values: ValueMap }

/**
 * The files being imported and the steps run on them. One engine lives in the import worker
 * thread (the app) or in the calling thread (CLI, tests): the same code either way.
 */
export function createImportEngine(newId: () => string) {
  const files = new Map<string, MemberFile & { path: string }>()
  const fileFor = (importId: string) => {
    const file = files.get(importId)
    if (!file) throw new AppError('not-found', 'That import is no longer available; choose the file again.')
    return file
  }

  return {
    /** Reads `path` (again, with the user's choice of encoding, separator or sheet, when `importId` is known). */
    async open(importId: string, path: string | null, choice: ReadChoice, values: ValueMap): Promise<ImportPreview> {
      const from = path ?? fileFor(importId).path
      const file = await readMemberFile(from, choice)
      files.delete(importId)
      files.set(importId, { ...file, path: from })
      while (files.size > FILES_KEPT) files.delete(files.keys().next().value!)
      return previewOf(importId, file.fileName, file.source, file.table, values)
    },
    analyse(importId: string, choices: MappingChoices & { values: ValueMap; remembered: ValueMap }): ImportAnalysis {
      return analyseTable(fileFor(importId).table, choices)
    },
    plan(importId: string, request: PlanRequest, existing: readonly Comparable[], hooks: PlanHooks = {}): ImportPlan & { fileName: string } {
      const file = fileFor(importId)
      return { ...planTable(file.table, request, existing, newId, hooks), fileName: file.fileName }
    },
    drop(importId: string) {
      files.delete(importId)
    }
  }
}

export type ImportEngine = ReturnType<typeof createImportEngine>
