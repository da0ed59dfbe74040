import type { SaveStatus } from '../../../shared/ipc'
import { api } from '../../api'
import { useSaveStatus, useSession } from '../../state/session-context'

function describe(status: SaveStatus): { text: string; tone: 'ok' | 'busy' | 'bad' | 'muted'; detail?: string } {
  switch (status.state) {
    case 'saved':
      return { text: 'Saved', tone: 'ok', detail: `Saved at ${new Date(status.at).toLocaleTimeString()}` }
    case 'pending':
    case 'saving':
      return { text: 'Saving…', tone: 'busy' }
    case 'failed':
      if (status.conflictFile) {
        return { text: 'Not saved: changed elsewhere', tone: 'bad', detail: `${status.reason}.` }
      }
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
  if (!status) return null
  return (
    <>
      <SaveIndicator status={status} />
      {status.state === 'failed' && status.conflictFile && <OutsideChangeChoice conflictFile={status.conflictFile} />}
    </>
  )
}

/**
 * Another program changed the workspace file: the status names the copy holding this window's
 * version, so the two can be compared; then the user keeps one of them.
 */
function OutsideChangeChoice({ conflictFile }: { conflictFile: string }) {
  const { updateSession } = useSession()
  const copyName = conflictFile.split(/[\\/]/).pop()
  return (
    <span className="outside-change-choice">
      <span className="outside-change-copy" title={conflictFile}>
        Yours is in {copyName}
      </span>
      <button type="button" onClick={() => void updateSession(() => api.resolveOutsideChange({ keep: 'mine' }))}>
        Keep my version
      </button>
      <button type="button" onClick={() => void updateSession(() => api.resolveOutsideChange({ keep: 'theirs' }))}>
        Use the file’s version
      </button>
    </span>
  )
}
