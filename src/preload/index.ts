/**
 * The only bridge between the sandboxed page and the main process: one named method per
 * channel of the contract. No generic send/invoke/on, no Node, no process.env.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { API_EVENTS as E, invokeFor, PRELOAD_CHANNELS, type Api, type ApiEventPayloads } from '../shared/ipc'

function subscribe<K extends keyof ApiEventPayloads>(channel: (typeof E)[K]) {
  return (listener: (payload: ApiEventPayloads[K]) => void) => {
    // Strip the event object: the page must never see `sender` or other Electron internals.
    const handler = (_event: IpcRendererEvent, payload: ApiEventPayloads[K]) => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => void ipcRenderer.removeListener(channel, handler)
  }
}

// Looks each channel up from the method's name, so a method cannot call another's channel.
const invoke = invokeFor((channel, request) => ipcRenderer.invoke(channel, request))

/**
 * Tells main that this path came from a real drop (main opens or imports a "dropped" path only
 * if it was recorded). Sent before the page can use the path: calls from one page reach main in
 * order, so the record is there when the page's request arrives.
 */
function recordDrop(path: string): string {
  if (path) void ipcRenderer.invoke(PRELOAD_CHANNELS.recordDrop, { path })
  return path
}

const api: Api = {
  getSession: (request) => invoke('getSession', request),
  newWorkspace: (request) => invoke('newWorkspace', request),
  openWorkspace: (request) => invoke('openWorkspace', request),
  saveWorkspaceAs: (request) => invoke('saveWorkspaceAs', request),
  closeWorkspace: (request) => invoke('closeWorkspace', request),
  resolveOutsideChange: (request) => invoke('resolveOutsideChange', request),
  applyCommand: (request) => invoke('applyCommand', request),
  undo: (request) => invoke('undo', request),
  redo: (request) => invoke('redo', request),
  restoreBackup: (request) => invoke('restoreBackup', request),
  forgetRecent: (request) => invoke('forgetRecent', request),
  openExternal: (request) => invoke('openExternal', request),
  getLibrary: (request) => invoke('getLibrary', request),
  checkExport: (request) => invoke('checkExport', request),
  renderExport: (request) => invoke('renderExport', request),
  cancelExport: (request) => invoke('cancelExport', request),
  saveExport: (request) => invoke('saveExport', request),
  revealExport: (request) => invoke('revealExport', request),
  getPreferences: (request) => invoke('getPreferences', request),
  setPreferences: (request) => invoke('setPreferences', request),
  getAppInfo: (request) => invoke('getAppInfo', request),
  openDroppedWorkspace: (request) => invoke('openDroppedWorkspace', request),
  previewMemberImport: (request) => invoke('previewMemberImport', request),
  rereadMemberImport: (request) => invoke('rereadMemberImport', request),
  analyseMemberImport: (request) => invoke('analyseMemberImport', request),
  commitMemberImport: (request) => invoke('commitMemberImport', request),
  cancelMemberImport: (request) => invoke('cancelMemberImport', request),
  exportMembers: (request) => invoke('exportMembers', request),
  importLibraryPdf: (request) => invoke('importLibraryPdf', request),
  readLibraryPdf: (request) => invoke('readLibraryPdf', request),
  saveLibraryPdfCopy: (request) => invoke('saveLibraryPdfCopy', request),
  getTemplates: (request) => invoke('getTemplates', request),
  importLogo: (request) => invoke('importLogo', request),
  readLogo: (request) => invoke('readLogo', request),
  confirmDraftsFlushed: (request) => invoke('confirmDraftsFlushed', request),
  saveWordExport: (request) => invoke('saveWordExport', request),
  shareWorkspace: (request) => invoke('shareWorkspace', request),
  joinWorkspace: (request) => invoke('joinWorkspace', request),
  getTeamStatus: (request) => invoke('getTeamStatus', request),
  leaveTeam: (request) => invoke('leaveTeam', request),
  getTeamInvitation: (request) => invoke('getTeamInvitation', request),
  setTeamPresence: (request) => invoke('setTeamPresence', request),
  pathForDroppedFile: (file) => recordDrop(webUtils.getPathForFile(file as File)),
  onSessionChanged: subscribe<'onSessionChanged'>(E.onSessionChanged),
  onSaveStatus: subscribe<'onSaveStatus'>(E.onSaveStatus),
  onMenuCommand: subscribe<'onMenuCommand'>(E.onMenuCommand),
  onExportProgress: subscribe<'onExportProgress'>(E.onExportProgress),
  onFlushDrafts: subscribe<'onFlushDrafts'>(E.onFlushDrafts),
  onImportProgress: subscribe<'onImportProgress'>(E.onImportProgress),
  onTeamStatus: subscribe<'onTeamStatus'>(E.onTeamStatus)
}

contextBridge.exposeInMainWorld('api', api)
