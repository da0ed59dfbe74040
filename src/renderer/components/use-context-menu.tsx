import { useCallback, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { ContextMenu, type MenuItem } from './ContextMenu'

/**
 * A context menu for a list of things: right-click, the Menu key or Shift+F10 on an item opens
 * the menu built for that item. Returns the handlers to spread on each item and the menu.
 */
export function useContextMenu<T>(label: string, itemsFor: (target: T) => MenuItem[]) {
  const [menu, setMenu] = useState<{ target: T; x: number; y: number } | null>(null)
  const close = useCallback(() => setMenu(null), [])
  const triggers = (target: T) => ({
    onContextMenu: (event: MouseEvent) => {
      event.preventDefault()
      setMenu({ target, x: event.clientX, y: event.clientY })
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return
      event.preventDefault()
      const rect = event.currentTarget.getBoundingClientRect()
      setMenu({ target, x: rect.left + 16, y: rect.bottom })
    }
  })
  const element = menu ? <ContextMenu label={label} items={itemsFor(menu.target)} x={menu.x} y={menu.y} onClose={close} /> : null
  return { triggers, menu: element }
}
