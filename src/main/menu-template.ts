import type { MenuItemConstructorOptions } from 'electron'
import { APP_COMMANDS, type AppCommandId } from '../shared/app-commands'

export type MenuActions = {
  /** Forwards a command to the page, which owns the dialogs and the focus. */
  send: (command: AppCommandId) => void
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
  const command = (id: AppCommandId, accelerator: string | null = APP_COMMANDS[id].accelerator): MenuItemConstructorOptions => ({
    id,
    label: APP_COMMANDS[id].title,
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
        command('workspace.new'),
        command('workspace.open'),
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        command('workspace.save-as'),
        command('file.export'),
        { type: 'separator' },
        command('workspace.close'),
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }])
      ]
    },
    {
      label: 'Edit',
      submenu: [
        command('edit.undo'),
        // Windows and Linux users expect Ctrl+Y for redo; macOS uses Shift+Cmd+Z.
        command('edit.redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('edit.find')
      ]
    },
    {
      label: 'View',
      submenu: [
        command('view.palette'),
        { type: 'separator' },
        { label: 'Theme', submenu: [command('view.theme-system'), command('view.theme-light'), command('view.theme-dark')] },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [command('help.what-is-a-cluster'), command('help.tour'), command('help.shortcuts'), { type: 'separator' }, command('help.about')] }
  ]
  return mac ? [{ role: 'appMenu', label: state.appName }, ...template] : template
}
