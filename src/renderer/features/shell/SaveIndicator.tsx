import type { SaveStatus } from '../../../shared/ipc'
import { useSaveStatus } from '../../state/session-context'

function describe(status: SaveStatus): { text: string; tone: 'ok' | 'busy' | 'bad' | 'muted'; detail?: string } {
  switch (status.state) {
    case 'saved':
      return { text: 'Saved', tone: 'ok', detail: `Saved at ${new Date(status.at).toLocaleTimeString()}` }
    case 'pending':
    case 'saving':
      return { text: 'Saving…', tone: 'busy' }
    case 'failed':
      return {
        text: `Not saved: ${status.reason}`,
        tone: 'bad',
        detail: status.retrying ? 'Will try again automatically.' : 'Use File > Save As to keep your changes elsewhere.'
      }
    case 'read-only':
      return { text: 'Read-only', tone: 'muted', detail: status.reason }
  }
}

/** The honest save state: never "Saved" unless the last write reached the disk. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { text, tone, detail } = describe(status)
  return (
    <span className={`save-indicator save-${tone}`} role="status" aria-live="polite" title={detail} data-state={status.state}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  )
}

/** The open workspace's save state. It reads the status itself, so a change of status renders only this. */
export function WorkspaceSaveIndicator() {
  const status = useSaveStatus()
  return status && <SaveIndicator status={status} />
}
