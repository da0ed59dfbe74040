import { isMac } from '../commands/shortcuts'

/**
 * Undo in a rich-text editor (contenteditable) is the editor's own history, which listens for
 * the browser's "historyUndo" input; execCommand would reach the browser's undo stack instead.
 */
export function undoInField(undo: boolean): void {
  const element = document.activeElement
  if (element instanceof HTMLElement && element.isContentEditable) {
    const event = new InputEvent('beforeinput', { inputType: undo ? 'historyUndo' : 'historyRedo', bubbles: true, cancelable: true })
    if (!element.dispatchEvent(event)) return
  }
  document.execCommand(undo ? 'undo' : 'redo')
}

/**
 * A menu accelerator reaches the page as a command, not as a key. A focused rich-text editor
 * may claim the key for itself (Ctrl+K adds a link there): it is offered the key first.
 */
export function claimedByFocusedEditor(accelerator: string | null): boolean {
  const element = document.activeElement
  if (!accelerator || !(element instanceof HTMLElement) || !element.isContentEditable) return false
  const key = accelerator.split('+').at(-1)!.toLowerCase()
  const mod = isMac() ? { metaKey: true } : { ctrlKey: true }
  return !element.dispatchEvent(new KeyboardEvent('keydown', { key, ...mod, shiftKey: /shift/i.test(accelerator), bubbles: true, cancelable: true }))
}
