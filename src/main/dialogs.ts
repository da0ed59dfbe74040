import { app, dialog, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { ExportShell } from './services/export-service'
import type { WorkspaceDialogs } from './services/session'

/** The native file dialogs behind File > New, Open and Save As. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): WorkspaceDialogs {
  const folder = () => join(app.getPath('documents'), 'Cluster Workbench')
  const pickSave = async (title: string, buttonLabel: string, suggestedName: string) => {
    const options = {
      title,
      buttonLabel,
      defaultPath: join(folder(), suggestedName),
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const]
    }
    const window = getWindow()
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  const pickFile = async (title: string, filters: { name: string; extensions: string[] }[]) => {
    const options = { title, filters, properties: ['openFile' as const] }
    const window = getWindow()
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  return {
    chooseCsvToImport: () => pickFile('Import members from a spreadsheet', [{ name: 'Spreadsheet (CSV, text or Excel)', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }]),
    async chooseCsvExport(name) {
      const options = { title: 'Export the member list', defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'CSV', extensions: ['csv'] }] }
      const window = getWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    choosePdfToImport: () => pickFile('Add a PDF to the library', [{ name: 'PDF document', extensions: ['pdf'] }]),
    chooseLogoImage: () => pickFile('Choose the cluster logo', [{ name: 'PNG or JPEG image', extensions: ['png', 'jpg', 'jpeg'] }]),
    async chooseAttachmentCopy(name) {
      const options = { title: 'Save a copy of the PDF', defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'PDF document', extensions: ['pdf'] }] }
      const window = getWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseNewBundle: (name) => pickSave('Create a workspace', 'Create', name),
    chooseSaveAsBundle: (name) => pickSave('Save the workspace as', 'Save', name),
    async chooseBundleToOpen() {
      const options = {
        title: 'Open a workspace (a .cluster folder)',
        defaultPath: folder(),
        // macOS shows a .cluster bundle as one file once the app registers it as a package.
        properties:
          process.platform === 'darwin'
            ? (['openFile', 'openDirectory'] as const satisfies readonly string[])
            : (['openDirectory'] as const satisfies readonly string[]),
        filters: [{ name: 'Cluster workspace', extensions: ['cluster', 'json'] }]
      }
      const window = getWindow()
      const mutable = { ...options, properties: [...options.properties] }
      const result = window ? await dialog.showOpenDialog(window, mutable) : await dialog.showOpenDialog(mutable)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}

/** Save dialog for exported PDFs, and the file manager for "Open" and "Show in folder". */
export function createElectronExportShell(getWindow: () => BrowserWindow | null): ExportShell {
  return {
    async chooseExportFile(suggestedName) {
      const word = suggestedName.toLowerCase().endsWith('.docx')
      const options = {
        title: word ? 'Save the Word document' : 'Save the PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [word ? { name: 'Word document', extensions: ['docx'] } : { name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const]
      }
      const window = getWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async openPath(path) {
      const problem = await shell.openPath(path)
      if (problem) throw new Error(problem)
    },
    showInFolder: (path) => shell.showItemInFolder(path)
  }
}
