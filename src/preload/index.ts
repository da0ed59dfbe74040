/**
 * The only bridge between the sandboxed page and the main process: one named method per
 * channel of the contract. No generic send/invoke/on, no Node, no process.env.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { API_CHANNELS as C, API_EVENTS as E, type Api, type ApiEventPayloads } from '../shared/ipc'

function subscribe<K extends keyof ApiEventPayloads>(channel: (typeof E)[K]) {
  return (listener: (payload: ApiEventPayloads[K]) => void) => {
    // Strip the event object: the page must never see `sender` or other Electron internals.
    const handler = (_event: IpcRendererEvent, payload: ApiEventPayloads[K]) => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => void ipcRenderer.removeListener(channel, handler)
  }
}

const api: Api = {
  getSession: (request) => ipcRenderer.invoke(C.getSession, request),
  newWorkspace: (request) => ipcRenderer.invoke(C.newWorkspace, request),
  openWorkspace: (request) => ipcRenderer.invoke(C.openWorkspace, request),
  saveWorkspaceAs: (request) => ipcRenderer.invoke(C.saveWorkspaceAs, request),
  closeWorkspace: (request) => ipcRenderer.invoke(C.closeWorkspace, request),
  applyCommand: (request) => ipcRenderer.invoke(C.applyCommand, request),
  undo: (request) => ipcRenderer.invoke(C.undo, request),
  redo: (request) => ipcRenderer.invoke(C.redo, request),
  restoreBackup: (request) => ipcRenderer.invoke(C.restoreBackup, request),
  forgetRecent: (request) => ipcRenderer.invoke(C.forgetRecent, request),
  openExternal: (request) => ipcRenderer.invoke(C.openExternal, request),
  getLibrary: (request) => ipcRenderer.invoke(C.getLibrary, request),
  checkExport: (request) => ipcRenderer.invoke(C.checkExport, request),
  renderExport: (request) => ipcRenderer.invoke(C.renderExport, request),
  cancelExport: (request) => ipcRenderer.invoke(C.cancelExport, request),
  saveExport: (request) => ipcRenderer.invoke(C.saveExport, request),
  saveWordExport: (request) => ipcRenderer.invoke(C.saveWordExport, request),
  revealExport: (request) => ipcRenderer.invoke(C.revealExport, request),
  getPreferences: (request) => ipcRenderer.invoke(C.getPreferences, request),
  setPreferences: (request) => ipcRenderer.invoke(C.setPreferences, request),
  getAppInfo: (request) => ipcRenderer.invoke(C.getAppInfo, request),
  openDroppedWorkspace: (request) => ipcRenderer.invoke(C.openDroppedWorkspace, request),
  previewMemberImport: (request) => ipcRenderer.invoke(C.previewMemberImport, request),
  commitMemberImport: (request) => ipcRenderer.invoke(C.commitMemberImport, request),
  exportMembers: (request) => ipcRenderer.invoke(C.exportMembers, request),
  importLibraryPdf: (request) => ipcRenderer.invoke(C.importLibraryPdf, request),
  readLibraryPdf: (request) => ipcRenderer.invoke(C.readLibraryPdf, request),
  saveLibraryPdfCopy: (request) => ipcRenderer.invoke(C.saveLibraryPdfCopy, request),
  getTemplates: (request) => ipcRenderer.invoke(C.getTemplates, request),
  importLogo: (request) => ipcRenderer.invoke(C.importLogo, request),
  readLogo: (request) => ipcRenderer.invoke(C.readLogo, request),
  pathForDroppedFile: (file) => webUtils.getPathForFile(file as File),
  onSessionChanged: subscribe<'onSessionChanged'>(E.onSessionChanged),
  onSaveStatus: subscribe<'onSaveStatus'>(E.onSaveStatus),
  onMenuCommand: subscribe<'onMenuCommand'>(E.onMenuCommand),
  onExportProgress: subscribe<'onExportProgress'>(E.onExportProgress)
}

contextBridge.exposeInMainWorld('api', api)
