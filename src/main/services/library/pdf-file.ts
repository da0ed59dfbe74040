import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { LIBRARY_LIMITS } from '../../../shared/library/workspace-library'
import { readRegularFile, UnsafeFileError } from '../../storage/bounded-read'
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

/** Binary units, as the limits are set: 200 * 1024 * 1024 bytes reads "200 MiB". */
export const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`

/**
 * Reads a file the user chose to import, refusing what could harm or bloat the workspace:
 * folders, empty files, anything over the size limit, and files that are not PDFs (checked by
 * content, not by name). The message says what to do instead.
 */
export async function readPdfForImport(path: string): Promise<CheckedPdf> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    bytes = await readRegularFile(path, LIBRARY_LIMITS.pdfBytes, { followLinks: true })
  } catch (error) {
    if (error instanceof UnsafeFileError) {
      throw new AppError('invalid-request', error.reason === 'too-large'
        ? `"${fileName}" is over the ${mebibytes(LIBRARY_LIMITS.pdfBytes)} limit. Add it as a link instead, or split it.`
        : `"${fileName}" is not a file. Choose a PDF document.`)
    }
    throw new AppError('io', `"${fileName}" could not be read: ${describeFsError(error)}.`)
  }
  if (bytes.byteLength === 0) throw new AppError('invalid-request', `"${fileName}" is empty. Nothing was imported.`)
  if (!looksLikePdf(bytes)) {
    throw new AppError('invalid-request', `"${fileName}" is not a PDF document (its contents do not start like one). Nothing was imported.`)
  }
  return { bytes, fileName, sha256: sha256Of(bytes) }
}
