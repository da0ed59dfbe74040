import { safeHref } from '../../../shared/document/safe-url'
import type { CriterionResult } from '../../../shared/readiness/assess'
import { ANSWER_LABELS, READINESS_ANSWERS, type ReadinessAnswer } from '../../../shared/readiness/schema'
import { useSession } from '../../state/session-context'
import { useFieldDraft } from '../../state/use-field-draft'
import { ExternalLink } from '../library/FactList'

type Patch = Partial<Pick<ReadinessAnswer, 'answer' | 'note' | 'link'>>

/** The team's answer to a criterion the workspace cannot check: yes, partly or not yet, a note and a link. */
export function AnswerFields({ criterion, readOnly }: { criterion: CriterionResult; readOnly: boolean }) {
  const { apply } = useSession()
  const save = (patch: Patch) => apply({ type: 'readiness/answer', criterionId: criterion.id, patch, at: new Date().toISOString() })
  const note = useFieldDraft(criterion.answer?.note ?? '', (value) => save({ note: value }))
  const link = useFieldDraft(criterion.answer?.link ?? '', (value) => save({ link: value.trim() }))
  const href = safeHref(criterion.answer?.link)
  const id = `answer-${criterion.id}`
  return (
    <div className="answer">
      <fieldset className="answer-choice" disabled={readOnly}>
        <legend>Your answer</legend>
        {READINESS_ANSWERS.map((value) => (
          <label key={value}>
            <input type="radio" name={id} value={value} checked={criterion.answer?.answer === value} onChange={() => save({ answer: value })} />
            {ANSWER_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <label className="answer-field">
        <span>Note on the evidence</span>
        <textarea rows={2} value={note.value} readOnly={readOnly} maxLength={5000} onChange={(event) => note.onChange(event.target.value)} onBlur={note.onBlur} />
      </label>
      <label className="answer-field">
        <span>Link to the proof</span>
        <input type="text" value={link.value} readOnly={readOnly} maxLength={500} placeholder="https://…" onChange={(event) => link.onChange(event.target.value)} onBlur={link.onBlur} />
      </label>
      {href && <ExternalLink url={href}>Open the link ↗</ExternalLink>}
    </div>
  )
}
