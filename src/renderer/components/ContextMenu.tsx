import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

export type MenuItem = { label: string; run: () => void; disabled?: boolean; danger?: boolean } | { separator: true }

type Props = { items: MenuItem[]; x: number; y: number; label: string; onClose: () => void }

/**
 * A right-click (or Shift+F10 / Menu key) menu: arrow keys move, Enter runs, Escape closes and
 * focus goes back to where it was.
 */
export function ContextMenu({ items, x, y, label, onClose }: Props) {
  const ref = useRef<HTMLUListElement>(null)
  const [active, setActive] = useState(0)
  const actionable = items.flatMap((item, index) => ('separator' in item || item.disabled ? [] : [index]))

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ref.current?.focus()
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose()
    }
    window.addEventListener('mousedown', away)
    return () => {
      window.removeEventListener('mousedown', away)
      opener?.focus()
    }
  }, [onClose])

  const onKeyDown = (event: KeyboardEvent) => {
    const at = actionable.indexOf(active)
    if (event.key === 'ArrowDown') setActive(actionable[(at + 1) % actionable.length] ?? 0)
    else if (event.key === 'ArrowUp') setActive(actionable[(at - 1 + actionable.length) % actionable.length] ?? 0)
    else if (event.key === 'Escape' || event.key === 'Tab') onClose()
    else if (event.key === 'Enter' || event.key === ' ') {
      const item = items[active]
      if (item && !('separator' in item) && !item.disabled) {
        onClose()
        item.run()
      }
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  // Keep the menu on screen near the pointer.
  const left = Math.min(x, window.innerWidth - 240)
  const top = Math.min(y, window.innerHeight - 32 * items.length - 16)
  return (
    <ul ref={ref} role="menu" aria-label={label} tabIndex={-1} className="context-menu" style={{ left, top }} onKeyDown={onKeyDown}>
      {items.map((item, index) =>
        'separator' in item ? (
          <li key={index} role="separator" className="context-separator" />
        ) : (
          <li
            key={index}
            role="menuitem"
            aria-disabled={item.disabled || undefined}
            className={`context-item${index === active ? ' active' : ''}${item.danger ? ' danger' : ''}`}
            onMouseEnter={() => setActive(index)}
            onClick={() => {
              if (item.disabled) return
              onClose()
              item.run()
            }}
          >
            {item.label}
          </li>
        )
      )}
    </ul>
  )
}
