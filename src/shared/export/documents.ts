import type { LibraryItem } from '../library/schema'
import type { Workspace } from '../workspace/schema'
import { directoryDocument, pillarMapDocument } from './member-documents'
import type { ExportKind } from './options'
import type { PrintDocument } from './print-model'
import { dossierDocument, strategyDocument } from './strategy-document'

/**
 * What a document may draw on beyond the workspace: the library (for citations and the reading
 * list), a snapshot, and whether the team's comments print as an appendix (never by default).
 */
export type DocumentContext = { items: readonly LibraryItem[]; snapshotId: string | null; comments?: boolean }

/** The print document for each kind of export, or null where that kind has nothing to show yet. */
export function buildPrintDocument(kind: ExportKind, workspace: Workspace, date: Date, context: DocumentContext = { items: [], snapshotId: null }): PrintDocument | null {
  switch (kind) {
    case 'pillar-map':
      return pillarMapDocument(workspace, date)
    case 'directory':
      return directoryDocument(workspace, date)
    case 'strategy':
      return strategyDocument(workspace, context.items, date, context.snapshotId, context.comments)
    case 'dossier':
      return dossierDocument(workspace, context.items, date, context.snapshotId, context.comments)
  }
}
