import type { Workspace } from '../workspace/schema'
import { directoryDocument, pillarMapDocument } from './member-documents'
import type { ExportKind } from './options'
import type { PrintDocument } from './print-model'

/** The print document for each kind of export, or null where that kind has nothing to show yet. */
export function buildPrintDocument(kind: ExportKind, workspace: Workspace, date: Date): PrintDocument | null {
  switch (kind) {
    case 'pillar-map':
      return pillarMapDocument(workspace, date)
    case 'directory':
      return directoryDocument(workspace, date)
    case 'strategy':
    case 'dossier':
      return null
  }
}
