import { STATUS_TEXT, type CriterionResult } from '../../../shared/readiness/assess'
import { AnswerFields } from './AnswerFields'

/** One criterion: its status, what good looks like, and the workspace's evidence or the team's answer. */
export function CriterionCard({ criterion, readOnly }: { criterion: CriterionResult; readOnly: boolean }) {
  return (
    <article className={`criterion criterion-${criterion.status}`} id={`criterion-${criterion.id}`} aria-labelledby={`criterion-${criterion.id}-title`}>
      <header className="criterion-head">
        <span className="criterion-status">{STATUS_TEXT[criterion.status]}</span>
        <h3 id={`criterion-${criterion.id}-title`}>{criterion.title}</h3>
      </header>
      <p className="criterion-good">
        <span className="muted">What good looks like: </span>
        {criterion.good}
      </p>
      {criterion.source === 'workspace' ? (
        <p className="criterion-evidence">
          <span className="muted">Found in your workspace: </span>
          {criterion.evidence}
        </p>
      ) : (
        <AnswerFields criterion={criterion} readOnly={readOnly} />
      )}
    </article>
  )
}
