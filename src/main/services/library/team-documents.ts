import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import type { SessionView } from '../../../shared/ipc'
import { WorkspaceCommandSchema } from '../../../shared/workspace/commands'
import type { PdfResource } from '../../../shared/library/workspace-library'
import { attachmentsFolderInside, readRegularFile, UnsafeFileError } from '../../storage/bounded-read'
import { writeFileDurably } from '../../storage/durable-write'
import { describeFsError } from '../../storage/fs-errors'
import { AppError } from '../app-error'
import type { SessionService, WorkspaceDialogs } from '../session'
import { readPdfForImport, sha256Of } from './pdf-file'

export type PdfImportResult = { session: SessionView; resourceId: string; alreadyPresent: boolean } | { cancelled: true }

/** "Board_minutes-2025.pdf" → "Board minutes 2025": a readable first title the user can change. */
export function titleFromFileName(fileName: string): string {
  const title = fileName.replace(/\.pdf$/i, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim()
  return title.slice(0, 300) || 'Untitled PDF'
}

const attachmentFile = (dir: string, resource: PdfResource) => join(dir, `${resource.attachment.id}.pdf`)

/** The attachments folder to write into: created if missing, refused if it leads out of the workspace. */
async function writableAttachments(dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true })
  return (await attachmentsFolderInside(dir)) ?? dir
}

/**
 * The team's own PDFs. Importing copies the file into the bundle's attachments folder (the
 * workspace JSON records only its name, size and checksum), then adds the library entry as one
 * undoable change. Attachments are written once and never changed; reading checks the checksum
 * so a damaged or swapped file is reported instead of shown.
 */
export function createTeamDocuments(deps: { session: SessionService; dialogs: WorkspaceDialogs; now: () => Date; newId: () => string }) {
  function pdfResource(resourceId: string): PdfResource {
    const resource = deps.session.currentWorkspace().library.resources.find((candidate) => candidate.id === resourceId)
    if (!resource || resource.kind !== 'pdf') throw new AppError('not-found', 'That document is no longer in the library.')
    return resource
  }

  return {
    async importPdf({ droppedPath }: { droppedPath: string | null }): Promise<PdfImportResult> {
      const dir = deps.session.attachmentsDir({ writable: true })
      const path = droppedPath ?? (await deps.dialogs.choosePdfToImport())
      if (!path) return { cancelled: true }
      const pdf = await readPdfForImport(path)

      const existing = deps.session
        .currentWorkspace()
        .library.resources.find((resource) => resource.kind === 'pdf' && resource.attachment.sha256 === pdf.sha256)
      if (existing) return { session: deps.session.getSession(), resourceId: existing.id, alreadyPresent: true }

      const attachmentId = deps.newId()
      try {
        await writeFileDurably(join(await writableAttachments(dir), `${attachmentId}.pdf`), pdf.bytes)
      } catch (error) {
        if (error instanceof UnsafeFileError) throw new AppError('invalid-request', `Nothing was imported: ${error.message}, so the app does not write there.`)
        throw new AppError('io', `"${pdf.fileName}" could not be copied into the workspace folder: ${describeFsError(error)}. Nothing was imported.`)
      }
      const resourceId = deps.newId()
      // Parsed like any command, so a file name with odd characters is cleaned before it is stored.
      const session = deps.session.applyFromMain(WorkspaceCommandSchema.parse({
        type: 'library/add-resource',
        resource: {
          kind: 'pdf',
          id: resourceId,
          title: titleFromFileName(pdf.fileName),
          addedAt: deps.now().toISOString(),
          attachment: { id: attachmentId, fileName: pdf.fileName, bytes: pdf.bytes.byteLength, sha256: pdf.sha256 }
        }
      }))
      return { session, resourceId, alreadyPresent: false }
    },

    async read({ resourceId }: { resourceId: string }): Promise<{ fileName: string; bytes: Uint8Array }> {
      const resource = pdfResource(resourceId)
      return { fileName: resource.attachment.fileName, bytes: await readAttachment(deps.session.attachmentsDir({ writable: false }), resource) }
    },

    /** Writes the checked bytes (never whatever a link in the folder points to) to where the user chose. */
    async saveCopy({ resourceId }: { resourceId: string }): Promise<{ savedTo: string | null }> {
      const resource = pdfResource(resourceId)
      const bytes = await readAttachment(deps.session.attachmentsDir({ writable: false }), resource)
      const target = await deps.dialogs.chooseAttachmentCopy(resource.attachment.fileName)
      if (!target) return { savedTo: null }
      try {
        await writeFileDurably(target, bytes)
      } catch (error) {
        throw new AppError('io', `The copy could not be saved: ${describeFsError(error)}.`)
      }
      return { savedTo: target }
    }
  }
}

/**
 * An attachment's bytes, only from a regular file inside the workspace's own attachments folder,
 * read no further than the size recorded at import, and only if its checksum still matches.
 */
async function readAttachment(attachmentsDir: string, resource: PdfResource): Promise<Uint8Array> {
  const changed = () => new AppError('io', `The file of "${resource.title}" has been changed or damaged since it was imported, so it is not shown. Import the original PDF again.`)
  let bytes: Uint8Array
  try {
    const dir = await attachmentsFolderInside(attachmentsDir)
    if (!dir) throw Object.assign(new Error('no attachments folder'), { code: 'ENOENT' })
    bytes = await readRegularFile(attachmentFile(dir, resource), resource.attachment.bytes, { followLinks: false })
  } catch (error) {
    if (error instanceof UnsafeFileError) {
      if (error.reason === 'too-large') throw changed()
      throw new AppError('io', `The file of "${resource.title}" is not shown: ${error.message}. Import the original PDF again.`)
    }
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new AppError(
      missing ? 'not-found' : 'io',
      missing
        ? `The file of "${resource.title}" is missing from the workspace folder. Remove this entry and import the PDF again.`
        : `"${resource.title}" could not be read: ${describeFsError(error)}.`
    )
  }
  if (bytes.byteLength !== resource.attachment.bytes || sha256Of(bytes) !== resource.attachment.sha256) throw changed()
  return bytes
}
