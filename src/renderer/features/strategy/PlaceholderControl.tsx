import { livePlaceholderValues } from '../../../shared/strategy/placeholders'
import { useOpenWorkspace, useSession } from '../../state/session-context'

/**
 * Workspace data in the text follows the workspace until frozen: freeze before sending a
 * version out, so its figures stay as they were sent.
 */
export function PlaceholderControl() {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const frozen = workspace.strategy.frozen !== null
  return (
    <div className="placeholder-control" role="group" aria-label="Workspace data in the text">
      <span className={frozen ? 'badge badge-frozen' : 'badge'}>{frozen ? 'Data frozen' : 'Data live'}</span>
      <button
        disabled={readOnly}
        onClick={() =>
          frozen ? apply({ type: 'strategy/unfreeze-placeholders' }) : apply({ type: 'strategy/freeze-placeholders', values: livePlaceholderValues(workspace) })
        }
        title={frozen ? 'Let names and counts follow the workspace again' : 'Keep the names and counts in the text as they are now'}
      >
        {frozen ? 'Unfreeze data' : 'Freeze data'}
      </button>
    </div>
  )
}
