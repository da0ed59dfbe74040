import { useMemo } from 'react'
import { assessReadiness, type AreaResult } from '../../../shared/readiness/assess'
import { useOpenWorkspace } from '../../state/session-context'
import { useCommands } from '../commands/commands-context'
import { openInLibrary } from '../library/library-intent'
import { CriterionCard } from './CriterionCard'
import { GapList } from './GapList'
import './readiness.css'

/**
 * The readiness self-assessment: where the founding team stands against the areas the European
 * cluster management excellence benchmarking looks at. Evidence comes from the workspace as it
 * is; the team answers the rest here. Nothing new is fetched: the report is recomputed from the
 * workspace on every change.
 */
export default function ReadinessPage() {
  const { workspace, readOnly } = useOpenWorkspace()
  const report = useMemo(() => assessReadiness(workspace), [workspace])
  const { runCommand } = useCommands()
  const readAboutLabels = () => {
    openInLibrary({ type: 'item', id: 'cluster-management-excellence-labels' })
    runCommand('go.library')
  }
  return (
    <div className="page readiness-page">
      <header className="page-header">
        <h1>Readiness</h1>
        <p className="muted">
          A self-assessment in our own words, modelled on the six areas the European cluster management excellence labels
          benchmark, plus the strategy their Gold label puts first. It is not an official assessment.{' '}
          <button className="link-button" onClick={readAboutLabels}>
            Read about the labels and the practical guide in the library
          </button>
        </p>
      </header>
      <section className="panel readiness-summary" aria-labelledby="readiness-score">
        <h2 id="readiness-score">
          Overall <span className="readiness-percent">{report.score.percent}%</span>
        </h2>
        <ul className="area-scores">
          {report.areas.map((area) => (
            <li key={area.id}>
              <a href={`#area-${area.id}`}>{area.title}</a>
              <meter min={0} max={100} value={area.score.percent} aria-label={`${area.title}: ${area.score.percent}%`} />
              <span className="area-percent">{area.score.percent}%</span>
            </li>
          ))}
        </ul>
      </section>
      <GapList todos={report.todos} />
      {report.areas.map((area) => (
        <AreaSection key={area.id} area={area} readOnly={readOnly} />
      ))}
    </div>
  )
}

function AreaSection({ area, readOnly }: { area: AreaResult; readOnly: boolean }) {
  return (
    <section className="readiness-area" id={`area-${area.id}`} aria-labelledby={`area-${area.id}-title`}>
      <h2 id={`area-${area.id}-title`}>
        {area.title} <span className="area-percent">{area.score.percent}%</span>
      </h2>
      <p className="muted">{area.asks}</p>
      <div className="criteria">
        {area.criteria.map((criterion) => (
          <CriterionCard key={criterion.id} criterion={criterion} readOnly={readOnly} />
        ))}
      </div>
    </section>
  )
}
