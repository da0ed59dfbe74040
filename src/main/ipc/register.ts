import { BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron'
import { API_CHANNELS, PRELOAD_CHANNELS } from '../../shared/ipc'
import type { Router, Sender } from './router'

/** What the router needs to know about who sent an invoke. */
function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame
  return {
    url: frame?.url ?? '',
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    isAppWindow: BrowserWindow.fromWebContents(event.sender) !== null
  }
}

/** The only place that touches ipcMain: one handler per contract channel (the preload's own too), all through the router. */
export function registerIpc(ipcMain: IpcMain, router: Router): void {
  for (const [method, channel] of Object.entries({ ...API_CHANNELS, ...PRELOAD_CHANNELS })) {
    ipcMain.handle(channel, (event, payload: unknown) => router(method, payload, senderOf(event)))
  }
}
