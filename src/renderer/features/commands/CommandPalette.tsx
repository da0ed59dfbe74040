import { memo, useMemo, useState, type KeyboardEvent } from 'react'
import { Modal } from '../../components/Modal'
import { useCommands, type PaletteCommand } from './commands-context'

/** Letters of the query appear in order in the title: "nw" finds "New Workspace…". */
function matches(command: PaletteCommand, query: string): boolean {
  const haystack = `${command.group} ${command.title}`.toLowerCase()
  let at = 0
  for (const char of query.toLowerCase().replace(/\s+/g, '')) {
    at = haystack.indexOf(char, at) + 1
    if (at === 0) return false
  }
  return true
}

/**
 * Ctrl/Cmd+K: every command by name, run with Enter. Memoised: the screens above it re-render on
 * every change to the workspace (each drop on the map), and a closed palette has nothing to redo.
 */
export const CommandPalette = memo(function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { commands, runCommand } = useCommands()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const visible = useMemo(() => commands.filter((command) => matches(command, query)).slice(0, 50), [commands, query])
  const current = visible[Math.min(active, visible.length - 1)]

  const close = () => {
    setQuery('')
    setActive(0)
    onClose()
  }
  const choose = (command: PaletteCommand | undefined) => {
    if (!command) return
    close()
    // After the dialog has closed and handed focus back.
    setTimeout(() => runCommand(command.id), 0)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, visible.length - 1))
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
    else if (event.key === 'Enter') choose(current)
    else return
    event.preventDefault()
  }

  return (
    <Modal title="Commands" open={open} onClose={close}>
      <input
        autoFocus
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={current ? `palette-${current.id}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {visible.map((command) => (
          <li
            key={command.id}
            id={`palette-${command.id}`}
            role="option"
            aria-selected={command === current}
            className="palette-item"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(command)}
          >
            <span className="palette-group">{command.group}</span>
            <span className="palette-title">{command.title}</span>
            {command.shortcut && <kbd>{command.shortcut}</kbd>}
          </li>
        ))}
        {visible.length === 0 && <li className="muted">No command matches “{query}”.</li>}
      </ul>
    </Modal>
  )
})
