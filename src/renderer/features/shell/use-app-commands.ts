import { useEffect, useEffectEvent, useMemo } from 'react'
import { APP_COMMAND_IDS, APP_COMMANDS, type AppCommandId } from '../../../shared/app-commands'
import { api } from '../../api'
import { usePreferences } from '../../state/preferences'
import { useSession } from '../../state/session-context'
import { useCommands, useRegisterCommands, type PaletteCommand } from '../commands/commands-context'
import { displayAccelerator, isMac, matchesAccelerator } from '../commands/shortcuts'
import { claimedByFocusedEditor, undoInField } from './field-keys'

export type AppCommandHandlers = { newWorkspace: () => void; openPalette: () => void; openAbout: () => void; openShortcuts: () => void }

/** True while the user types in a field, where Ctrl+Z belongs to the field itself. */
function editingText(): boolean {
  const element = document.activeElement
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(element.type)) ||
    (element instanceof HTMLElement && element.isContentEditable)
  )
}

/** One of the app's named commands as the palette lists it: title, group and shortcut from APP_COMMANDS. */
export function appCommand(id: AppCommandId, run: () => void): PaletteCommand {
  const { title, group, accelerator } = APP_COMMANDS[id]
  return { id, title, group, shortcut: accelerator ? displayAccelerator(accelerator) : null, run }
}

/** Keys that also work besides each command's own accelerator. */
const EXTRA_KEYS: { accelerator: string; id: AppCommandId; when: () => boolean }[] = [
  { accelerator: 'CmdOrCtrl+Shift+P', id: 'view.palette', when: () => true },
  { accelerator: 'CmdOrCtrl+Y', id: 'edit.redo', when: () => !isMac() }
]

/**
 * The File, Edit, View and Help commands: offered to the palette, run from the native menu
 * (Electron) and from the keyboard. In Electron the menu's accelerators take the keys first,
 * so nothing runs twice.
 */
export function useAppCommands(handlers: AppCommandHandlers) {
  const { session, updateSession } = useSession()
  const { setTheme } = usePreferences()
  const { runCommand } = useCommands()
  const isOpen = session?.state === 'open'

  const commands = useMemo(() => {
    const history = (undo: boolean) => () => {
      // In a text field the command means the field's own undo.
      if (editingText()) return undoInField(undo)
      void updateSession(() => (undo ? api.undo({}) : api.redo({})))
    }
    const actions: Record<AppCommandId, (() => void) | null> = {
      'workspace.new': handlers.newWorkspace,
      'workspace.open': () => void updateSession(() => api.openWorkspace({ from: 'dialog' })),
      'workspace.save-as': isOpen ? () => void updateSession(() => api.saveWorkspaceAs({})) : null,
      'workspace.close': isOpen ? () => void updateSession(() => api.closeWorkspace({})) : null,
      'edit.undo': isOpen ? history(true) : null,
      'edit.redo': isOpen ? history(false) : null,
      'view.palette': handlers.openPalette,
      'view.theme-system': () => setTheme('system'),
      'view.theme-light': () => setTheme('light'),
      'view.theme-dark': () => setTheme('dark'),
      'help.about': handlers.openAbout,
      'help.shortcuts': handlers.openShortcuts,
      // Provided by the workspace shell, which knows the areas (registered there under the same ids).
      'file.export': null,
      'edit.find': null,
      'help.what-is-a-cluster': null,
      'help.tour': null
    }
    return APP_COMMAND_IDS.flatMap((id): PaletteCommand[] => {
      const action = actions[id]
      return action ? [appCommand(id, action)] : []
    })
  }, [handlers.newWorkspace, handlers.openPalette, handlers.openAbout, handlers.openShortcuts, isOpen, updateSession, setTheme])
  useRegisterCommands('app', commands)

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const shortcuts = [
      ...APP_COMMAND_IDS.flatMap((id) => (APP_COMMANDS[id].accelerator ? [{ accelerator: APP_COMMANDS[id].accelerator!, id }] : [])),
      ...EXTRA_KEYS.filter((extra) => extra.when())
    ]
    // `?` opens the shortcut sheet, unless it is being typed or a dialog is already open.
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !editingText() && !document.querySelector('dialog[open]')) {
      event.preventDefault()
      return void runCommand('help.shortcuts')
    }
    // A key the focused control used itself (Ctrl+K in the text editor) is not also a command.
    if (event.defaultPrevented) return
    const hit = shortcuts.find((shortcut) => matchesAccelerator(event, shortcut.accelerator))
    if (!hit || (hit.id.startsWith('edit.') && editingText())) return
    event.preventDefault()
    runCommand(hit.id)
  })
  const onMenu = useEffectEvent((id: AppCommandId) => {
    if (id === 'view.palette' && claimedByFocusedEditor(APP_COMMANDS[id].accelerator)) return
    runCommand(id)
  })

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener)
    const offMenu = api.onMenuCommand((id) => onMenu(id))
    return () => {
      window.removeEventListener('keydown', listener)
      offMenu()
    }
  }, [])
}
