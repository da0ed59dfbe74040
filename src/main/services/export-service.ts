import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { findMissingGlyphs } from '../../shared/export/glyph-coverage'
import { EXPORT_KIND_LABELS, type ExportKind, type PdfOptions } from '../../shared/export/options'
import { printedStrings, type PrintDocument } from '../../shared/export/print-model'
import type { ApiEventPayloads } from '../../shared/ipc'
import type { LibraryItem } from '../../shared/library/schema'
import type { Workspace } from '../../shared/workspace/schema'
import { RenderCancelled, type PdfRenderer } from '../pdf/pdf-runner'
import { safeFileName } from '../storage/bundle'
import { writeFileDurably } from '../storage/durable-write'
import { describeFsError } from '../storage/fs-errors'
import { AppError } from './app-error'
import { renderWordDocument } from './export-word'

/** What exporting needs from the desktop: a save dialog and the file manager. */
export type ExportShell = {
  chooseExportFile(suggestedName: string): Promise<string | null>
  openPath(path: string): Promise<void>
  showInFolder(path: string): void
}

type Rendered = { id: number; fileName: string; bytes: Uint8Array; savedTo: string | null }

async function writeExport(target: string, bytes: Uint8Array, what: string): Promise<void> {
  try {
    await mkdir(dirname(target), { recursive: true })
    await writeFileDurably(target, bytes)
  } catch (error) {
    throw new AppError('io', `The ${what} could not be saved: ${describeFsError(error)}.`)
  }
}

export type ExportDeps = {
  currentWorkspace: () => Workspace
  /** The library's items, for numbered references and the reading list. */
  libraryItems: () => Promise<readonly LibraryItem[]>
  /** The cluster's logo for covers, if it has one. */
  readLogo: () => Promise<{ format: 'png' | 'jpeg'; bytes: Uint8Array } | null>
  renderer: PdfRenderer
  hasGlyph: (codePoint: number) => boolean
  shell: ExportShell
  emit: (event: 'onExportProgress', payload: ApiEventPayloads['onExportProgress']) => void
  now: () => Date
}

/**
 * PDF export: builds the print document from the open workspace, warns about characters the
 * fonts cannot show, renders off the main thread with progress and cancel, keeps the result for
 * preview, and writes it only where the user chose in the save dialog. The same document can be
 * written as Word (.docx) for partners who edit in Word.
 */
export function createExportService(deps: ExportDeps) {
  let last: Rendered | null = null
  let running: AbortController | null = null
  let nextId = 1

  /** `comments`: add the team's comments as an appendix (false unless asked). */
  type Request = { kind: ExportKind; snapshotId?: string | null; comments?: boolean }
  // The document the glyph check built, reused by the render that follows it: workspaces are
  // immutable, so the same workspace object and request build the same document.
  let built: { workspace: Workspace; kind: ExportKind; snapshotId: string | null; comments: boolean; document: Promise<PrintDocument> } | null = null

  function documentFor({ kind, snapshotId = null, comments = false }: Request): Promise<PrintDocument> {
    const workspace = deps.currentWorkspace()
    if (built?.workspace !== workspace || built.kind !== kind || built.snapshotId !== snapshotId || built.comments !== comments) {
      const document = buildDocument(workspace, kind, snapshotId, comments)
      built = { workspace, kind, snapshotId, comments, document }
      document.catch(() => (built = null))
    }
    return built.document
  }

  async function buildDocument(workspace: Workspace, kind: ExportKind, snapshotId: string | null, comments: boolean): Promise<PrintDocument> {
    const document = await deps.renderer.build({ kind, workspace, date: deps.now(), context: { items: await deps.libraryItems(), snapshotId, comments } })
    if (!document) {
      const why = snapshotId ? 'That snapshot no longer exists.' : kind === 'strategy' ? 'Start the strategy first (in the Strategy area of the app).' : ''
      throw new AppError('not-found', `There is nothing to put in the ${EXPORT_KIND_LABELS[kind].toLowerCase()} yet. ${why}`.trim())
    }
    // Only documents with a cover show the logo; it is read from the bundle as the export starts.
    if (!document.cover) return document
    const logo = await deps.readLogo()
    return logo ? { ...document, meta: { ...document.meta, logo: { format: logo.format, data: logo.bytes } } } : document
  }

  /** The same document as a Word file (.docx), made in this thread: it is quick and needs no fonts. */
  async function wordFile(request: Request) {
    const document = await documentFor(request)
    return { fileName: `${safeFileName(`${document.meta.clusterName} - ${document.meta.title}`)}.docx`, bytes: await renderWordDocument(document) }
  }

  function requireRendered(jobId: number): Rendered {
    if (!last || last.id !== jobId) throw new AppError('not-found', 'That export is no longer available; create it again.')
    return last
  }

  return {
    async check(request: Request) {
      return { missing: findMissingGlyphs(printedStrings(await documentFor(request)), deps.hasGlyph) }
    },

    async render({ options, ...request }: Request & { options: PdfOptions }) {
      const document = await documentFor(request)
      running?.abort()
      const controller = new AbortController()
      running = controller
      try {
        const result = await deps.renderer.render(document, options, (phase) => deps.emit('onExportProgress', { phase }), controller.signal)
        const fileName = `${safeFileName(`${document.meta.clusterName} - ${document.meta.title}`)}.pdf`
        last = { id: nextId++, fileName, bytes: result.bytes, savedTo: null }
        deps.emit('onExportProgress', { phase: 'done' })
        return { jobId: last.id, fileName, pages: result.pages, bytes: result.bytes }
      } catch (error) {
        if (error instanceof RenderCancelled) {
          deps.emit('onExportProgress', { phase: 'cancelled' })
          throw new AppError('cancelled', 'The export was cancelled.')
        }
        throw error
      } finally {
        if (running === controller) running = null
      }
    },

    renderWord: wordFile,

    /** Writes the Word file where the user chooses (Word is made in a moment, so there is no preview step). */
    async saveWord(request: Request) {
      const { fileName, bytes } = await wordFile(request)
      const chosen = await deps.shell.chooseExportFile(fileName)
      if (!chosen) return { savedTo: null }
      const target = chosen.toLowerCase().endsWith('.docx') ? chosen : `${chosen}.docx`
      await writeExport(target, bytes, 'Word document')
      return { savedTo: target }
    },

    cancel() {
      const wasRunning = running !== null
      running?.abort()
      return { cancelled: wasRunning }
    },

    async save({ jobId }: { jobId: number }) {
      const rendered = requireRendered(jobId)
      const chosen = await deps.shell.chooseExportFile(rendered.fileName)
      if (!chosen) return { savedTo: null }
      const target = chosen.toLowerCase().endsWith('.pdf') ? chosen : `${chosen}.pdf`
      await writeExport(target, rendered.bytes, 'PDF')
      rendered.savedTo = target
      return { savedTo: target }
    },

    async reveal({ jobId, action }: { jobId: number; action: 'open' | 'show' }) {
      const saved = requireRendered(jobId).savedTo
      if (!saved) throw new AppError('not-found', 'Save the PDF first.')
      if (action === 'open') await deps.shell.openPath(saved)
      else deps.shell.showInFolder(saved)
      return { done: true }
    },

    dispose: () => deps.renderer.dispose()
  }
}

export type ExportService = ReturnType<typeof createExportService>
