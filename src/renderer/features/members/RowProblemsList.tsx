import { FIELD_LABELS, type ImportField } from '../../../shared/members/csv-mapping'
import type { ImportAnalysis } from '../../../shared/members/import-steps'
import type { RowFixes } from '../../../shared/members/row-mapping'
import { countOf } from '../../../shared/plural'

type Props = { analysis: ImportAnalysis; fixes: RowFixes; onFix: (row: number, field: ImportField, value: string) => void }

/** Rows that will not be imported (errors) or look wrong (warnings), each correctable here before importing. */
export function RowProblemsList({ analysis, fixes, onFix }: Props) {
  const { problems, errorCount, warningCount } = analysis
  if (problems.length === 0) return null
  const shown = errorCount + warningCount
  return (
    <section aria-labelledby="row-problems-title">
      <h3 id="row-problems-title" className="preview-title">
        {errorCount > 0 ? `${countOf(errorCount, 'row needs', 'rows need')} a correction` : 'Rows to check'}
        {warningCount > 0 && <span className="muted"> · {countOf(warningCount, 'value looks', 'values look')} wrong (imported as written)</span>}
      </h3>
      <ul className="row-problems plain-list">
        {problems.map((problem) => (
          <li key={`${problem.row}:${problem.field ?? ''}:${problem.reason}`} className={problem.severity === 'warning' ? 'warning' : 'error'}>
            <span>Row {problem.row}: {problem.reason}</span>
            {problem.field && (
              <input
                aria-label={`${FIELD_LABELS[problem.field]} in row ${problem.row}`}
                defaultValue={fixes[problem.row]?.[problem.field] ?? problem.value ?? ''}
                onBlur={(event) => {
                  if (event.target.value !== (problem.value ?? '')) onFix(problem.row, problem.field!, event.target.value)
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {shown > problems.length && <p className="muted">The first {problems.length} are listed; correct these and the rest follow.</p>}
    </section>
  )
}
