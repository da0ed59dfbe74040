import { APP_COMMAND_IDS, APP_COMMANDS } from '../../../shared/app-commands'
import { Modal } from '../../components/Modal'
import { MAP_KEYS } from '../pillar-map/map-keys'
import { EDITOR_KEYS } from '../strategy/editor/editor-keys'
import { displayAccelerator, isMac } from './shortcuts'

type Row = { keys: string; what: string }

/** The menu commands that have keys, read from APP_COMMANDS so the sheet never drifts from the menu. */
function commandRows(): Row[] {
  return APP_COMMAND_IDS.flatMap((id) => {
    const { title, accelerator } = APP_COMMANDS[id]
    return accelerator ? [{ keys: displayAccelerator(accelerator), what: title.replace(/…$/, '') }] : []
  })
}

const SECTIONS = (): { id: string; title: string; rows: Row[] }[] => [
  {
    id: 'everywhere',
    title: 'Everywhere',
    rows: [
      ...commandRows(),
      { keys: displayAccelerator('CmdOrCtrl+Shift+P'), what: 'Command Palette (also)' },
      ...(isMac() ? [] : [{ keys: 'Ctrl+Y', what: 'Redo (also)' }]),
      { keys: '?', what: 'This list of shortcuts (when not typing)' },
      { keys: 'Esc', what: 'Close a dialog or menu' }
    ]
  },
  { id: 'strategy-text', title: 'Writing the strategy', rows: EDITOR_KEYS.map((entry) => ({ keys: entry.keys.map(displayAccelerator).join(' / '), what: entry.what })) },
  { id: 'pillar-map', title: 'Pillar map', rows: MAP_KEYS.map((entry) => ({ keys: entry.keys.join(' / '), what: entry.what })) }
]

/** Every keyboard shortcut on one sheet: Help > Keyboard Shortcuts, or `?`. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" open={open} onClose={onClose} wide>
      <div className="shortcut-sheet">
        {SECTIONS().map((section) => (
          <section key={section.title} aria-labelledby={`keys-${section.id}`}>
            <h3 id={`keys-${section.id}`}>{section.title}</h3>
            <table className="shortcut-table">
              <tbody>
                {section.rows.map((row) => (
                  <tr key={`${row.keys} ${row.what}`}>
                    <th scope="row">
                      <kbd>{row.keys}</kbd>
                    </th>
                    <td>{row.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="actions">
        <button className="primary" autoFocus onClick={onClose}>Close</button>
      </div>
    </Modal>
  )
}
