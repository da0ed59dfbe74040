import { PLACEMENTS, placementLabel } from '../../../shared/pillars'
import { summarizeWorkspace } from '../../../shared/workspace/summary'
import { useOpenWorkspace } from '../../state/session-context'

/** Members and committed members on each pillar, at a glance. */
export function PillarCounts() {
  const { workspace } = useOpenWorkspace()
  const summary = summarizeWorkspace(workspace)
  return (
    <section className="panel" aria-labelledby="counts-title">
      <h2 id="counts-title">Members by pillar</h2>
      <table className="counts">
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            <th scope="col">Members</th>
            <th scope="col">Committed</th>
          </tr>
        </thead>
        <tbody>
          {PLACEMENTS.map((placement) => (
            <tr key={placement}>
              <th scope="row">{placementLabel(placement)}</th>
              <td>{summary.perPillar[placement].all}</td>
              <td>{summary.perPillar[placement].committed}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All</th>
            <td>{summary.members}</td>
            <td>{PLACEMENTS.reduce((sum, placement) => sum + summary.perPillar[placement].committed, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
