import { nextSteps } from '../../../shared/guidance/next-steps'
import { useCommands } from '../commands/commands-context'
import { usePreferences } from '../../state/preferences'
import { useOpenWorkspace } from '../../state/session-context'

/** What the team could do next, from what the workspace holds; each step opens the area it is done in. */
export function NextSteps() {
  const { workspace, readOnly } = useOpenWorkspace()
  const { preferences } = usePreferences()
  const { runCommand } = useCommands()
  const steps = nextSteps(workspace, { exported: preferences.exported.includes(workspace.id) })
  // A read-only workspace cannot take most steps: the list would only frustrate.
  if (readOnly) return null
  return (
    <section className="panel next-steps" aria-labelledby="next-steps-title" id="next-steps">
      <h2 id="next-steps-title">Next steps</h2>
      {steps.length === 0 ? (
        <p className="muted">Nothing pressing: the map, the strategy and the readiness checks are in good shape. Keep them up to date.</p>
      ) : (
        <ol className="next-steps-list">
          {steps.map((step) => (
            <li key={step.id}>
              <div>
                <strong>{step.title}</strong>
                <p className="muted">{step.detail}</p>
              </div>
              <button onClick={() => runCommand(`go.${step.area}`)}>{step.action}</button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
