import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'

export type MenuActions = {
  /** Forwards a command to the page, which owns the dialogs and the focus. */
  send: (command: MenuCommand) => void
  openRecent: (path: string) => void
  clearRecent: () => void
}

export type MenuState = {
  platform: NodeJS.Platform
  appName: string
  recent: readonly { name: string; path: string }[]
}

/** The application menu as data; pure, so its wiring and accelerators are unit-tested. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin'
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(id)
  })
  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? [
        ...state.recent.map((entry) => ({ label: entry.name, click: () => actions.openRecent(entry.path) })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: actions.clearRecent }
      ]
    : [{ label: 'No recent workspaces', enabled: false }]

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        command('New Workspace…', 'workspace.new', 'CmdOrCtrl+N'),
        command('Open…', 'workspace.open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        command('Save As…', 'workspace.save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command('Close Workspace', 'workspace.close', 'CmdOrCtrl+Shift+W'),
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }])
      ]
    },
    {
      label: 'Edit',
      submenu: [
        command('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
        command('Redo', 'edit.redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] }
  ]
  return mac ? [{ role: 'appMenu', label: state.appName }, ...template] : template
}
