import { pillarMapDocument, directoryDocument } from '../../src/shared/export/member-documents'
import { PdfOptionsSchema, type PdfOptions } from '../../src/shared/export/options'
import type { PrintDocument } from '../../src/shared/export/print-model'
import { syntheticWorkspace } from './synthetic'

const DATE = new Date('2026-03-01T00:00:00Z')

/** The documents the PDF benchmark prints, by name and size. */
export function benchDocument(kind: string, size: number): { document: PrintDocument; options: PdfOptions } {
  switch (kind) {
    case 'pillar-map':
      return { document: pillarMapDocument(syntheticWorkspace(size), DATE), options: PdfOptionsSchema.parse({ orientation: 'landscape' }) }
    case 'directory':
      return { document: directoryDocument(syntheticWorkspace(size), DATE), options: PdfOptionsSchema.parse({}) }
    default:
      throw new Error(`unknown benchmark document ${kind}`)
  }
}
