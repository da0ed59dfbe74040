/**
 * The app's commands, named once: the native menu (main) and the command palette (renderer)
 * both list them from here, so every menu item maps to a command that exists.
 */
export const APP_COMMANDS = {
  'workspace.new': { title: 'New Workspace…', group: 'File', accelerator: 'CmdOrCtrl+N' },
  'workspace.open': { title: 'Open…', group: 'File', accelerator: 'CmdOrCtrl+O' },
  'workspace.save-as': { title: 'Save As…', group: 'File', accelerator: 'CmdOrCtrl+Shift+S' },
  'workspace.close': { title: 'Close Workspace', group: 'File', accelerator: 'CmdOrCtrl+Shift+W' },
  'file.export': { title: 'Export PDF…', group: 'File', accelerator: 'CmdOrCtrl+E' },
  'edit.undo': { title: 'Undo', group: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  'edit.redo': { title: 'Redo', group: 'Edit', accelerator: 'Shift+CmdOrCtrl+Z' },
  'edit.find': { title: 'Find…', group: 'Edit', accelerator: 'CmdOrCtrl+F' },
  'view.palette': { title: 'Command Palette…', group: 'View', accelerator: 'CmdOrCtrl+K' },
  'view.theme-system': { title: 'Theme: Follow System', group: 'View', accelerator: null },
  'view.theme-light': { title: 'Theme: Light', group: 'View', accelerator: null },
  'view.theme-dark': { title: 'Theme: Dark', group: 'View', accelerator: null },
  'help.what-is-a-cluster': { title: 'What Is a Cluster?', group: 'Help', accelerator: null },
  'help.tour': { title: 'Show the Welcome Tour', group: 'Help', accelerator: null },
  // Also `?` anywhere but in a text field (see use-app-commands).
  'help.shortcuts': { title: 'Keyboard Shortcuts', group: 'Help', accelerator: null },
  'help.about': { title: 'About Cluster Workbench', group: 'Help', accelerator: null }
} as const satisfies Record<string, { title: string; group: string; accelerator: string | null }>

export type AppCommandId = keyof typeof APP_COMMANDS
export const APP_COMMAND_IDS = Object.keys(APP_COMMANDS) as AppCommandId[]

export const THEMES = ['system', 'light', 'dark'] as const
/** How many workspaces the app remembers having exported from (the newest kept). */
export const EXPORTED_REMEMBERED = 200
export type Theme = (typeof THEMES)[number]
