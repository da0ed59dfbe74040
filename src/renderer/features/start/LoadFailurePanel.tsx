import type { LoadFailure } from '../../../shared/ipc'
import { api } from '../../api'
import { useSession } from '../../state/session-context'

/** Says which file failed and why, that it was left untouched, and offers its backups. */
export function LoadFailurePanel({ failure }: { failure: LoadFailure }) {
  const { updateSession } = useSession()
  return (
    <section className="panel panel-error" role="alert" aria-labelledby="failure-title">
      <h2 id="failure-title">This workspace could not be opened</h2>
      <p>
        <strong>{failure.location}</strong>: {failure.reason}.
      </p>
      <p>The file has not been changed. You can open a backup instead; the damaged file is then kept beside it.</p>
      {failure.backups.length > 0 ? (
        <ul className="plain-list">
          {failure.backups.slice(0, 6).map((backup) => (
            <li key={backup.id}>
              <button onClick={() => void updateSession(() => api.restoreBackup({ backupId: backup.id }))}>
                Open {backup.label}
              </button>{' '}
              <span className="muted">from {new Date(backup.savedAt).toLocaleString()}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No backup of this workspace was found.</p>
      )}
    </section>
  )
}
