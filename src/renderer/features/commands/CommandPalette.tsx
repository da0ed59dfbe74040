import { memo, useMemo, useState } from 'react'
import { Combobox } from '../../components/Combobox'
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
  const visible = useMemo(() => commands.filter((command) => matches(command, query)).slice(0, 50), [commands, query])

  const close = () => {
    setQuery('')
    onClose()
  }
  const choose = (command: PaletteCommand) => {
    close()
    // After the dialog has closed and handed focus back.
    setTimeout(() => runCommand(command.id), 0)
  }

  return (
    <Modal title="Commands" open={open} onClose={close}>
      <Combobox
        label="Type a command"
        listLabel="Commands"
        placeholder="Type a command…"
        autoFocus
        query={query}
        onQueryChange={setQuery}
        expanded
        options={visible}
        optionKey={(command) => command.id}
        onChoose={choose}
        empty={<>No command matches “{query}”.</>}
        classes={{ input: 'palette-input', list: 'palette-list', option: 'palette-item', empty: 'muted' }}
        renderOption={(command) => (
          <>
            <span className="palette-group">{command.group}</span>
            <span className="palette-title">{command.title}</span>
            {command.shortcut && <kbd>{command.shortcut}</kbd>}
          </>
        )}
      />
    </Modal>
  )
})
