import { useEffect, useEffectEvent } from 'react'
import type { MenuCommand } from '../../../shared/ipc'
import { api } from '../../api'
import { useSession } from '../../state/session-context'

export type AppCommandHandlers = { newWorkspace: () => void }

/** True while the user types in a field, where Ctrl+Z belongs to the field itself. */
function editingText(): boolean {
  const element = document.activeElement
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(element.type)) ||
    (element instanceof HTMLElement && element.isContentEditable)
  )
}

function shortcutCommand(event: KeyboardEvent): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo'
  if (key === 'y' && !event.shiftKey) return 'edit.redo'
  if (key === 'n' && !event.shiftKey) return 'workspace.new'
  if (key === 'o' && !event.shiftKey) return 'workspace.open'
  if (key === 's' && event.shiftKey) return 'workspace.save-as'
  return null
}

/**
 * Runs File and Edit commands, whether they come from the native menu (Electron) or from the
 * keyboard (the menu's accelerators take the keys first in Electron, so nothing runs twice).
 */
export function useAppCommands(handlers: AppCommandHandlers) {
  const { session, run } = useSession()
  const isOpen = session?.state === 'open'

  const perform = useEffectEvent((command: MenuCommand) => {
    switch (command) {
      case 'workspace.new':
        return handlers.newWorkspace()
      case 'workspace.open':
        return void run(() => api.openWorkspace({ from: 'dialog' }))
      case 'workspace.save-as':
        return isOpen ? void run(() => api.saveWorkspaceAs({})) : undefined
      case 'workspace.close':
        return isOpen ? void run(() => api.closeWorkspace({})) : undefined
      case 'edit.undo':
      case 'edit.redo': {
        const undo = command === 'edit.undo'
        // In a text field the menu item means the field's own undo.
        if (editingText()) return void document.execCommand(undo ? 'undo' : 'redo')
        if (isOpen) void run(() => (undo ? api.undo({}) : api.redo({})))
        return undefined
      }
    }
  })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutCommand(event)
      if (!command || (command.startsWith('edit.') && editingText())) return
      event.preventDefault()
      perform(command)
    }
    window.addEventListener('keydown', onKey)
    const offMenu = api.onMenuCommand(perform)
    return () => {
      window.removeEventListener('keydown', onKey)
      offMenu()
    }
  }, [])
}
