import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { basename } from 'node:path'
import { LIBRARY_LIMITS } from '../../../shared/library/workspace-library'
import { describeFsError } from '../../storage/fs-errors'
import { AppError } from '../app-error'

/** A PDF read from disk and checked: the bytes, and what the workspace records about them. */
export type CheckedPdf = { bytes: Uint8Array; fileName: string; sha256: string }

/** The PDF format puts "%PDF-" in the first kilobyte; anything else is not a PDF, whatever its name. */
const HEADER = Buffer.from('%PDF-', 'latin1')
const HEADER_WINDOW = 1024

export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_WINDOW)).includes(HEADER)
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

/**
 * Reads a file the user chose to import, refusing what could harm or bloat the workspace:
 * folders, empty files, anything over the size limit, and files that are not PDFs (checked by
 * content, not by name). The message says what to do instead.
 */
export async function readPdfForImport(path: string): Promise<CheckedPdf> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    const info = await fs.stat(path)
    if (!info.isFile()) throw new AppError('invalid-request', `"${fileName}" is not a file. Choose a PDF document.`)
    if (info.size === 0) throw new AppError('invalid-request', `"${fileName}" is empty. Nothing was imported.`)
    if (info.size > LIBRARY_LIMITS.pdfBytes) {
      throw new AppError('invalid-request', `"${fileName}" is ${megabytes(info.size)}; the limit is ${megabytes(LIBRARY_LIMITS.pdfBytes)}. Add it as a link instead, or split it.`)
    }
    bytes = await fs.readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('io', `"${fileName}" could not be read: ${describeFsError(error)}.`)
  }
  if (!looksLikePdf(bytes)) {
    throw new AppError('invalid-request', `"${fileName}" is not a PDF document (its contents do not start like one). Nothing was imported.`)
  }
  return { bytes, fileName, sha256: sha256Of(bytes) }
}
