import { memo } from 'react'
import type { CoverageRow } from '../../../shared/strategy/coverage'
import type { StrategyTemplate, TemplateSection } from '../../../shared/strategy/template'
import { SourceList } from '../library/FactList'

const STATE_LABELS = { missing: 'Not in the draft', empty: 'Empty', thin: 'Thin', written: 'Written' } as const

type Props = {
  template: StrategyTemplate | null
  guidance: TemplateSection | null
  rows: CoverageRow[]
  onSelect: (sectionId: string) => void
  onRestore: (templateSectionId: string) => void
  readOnly: boolean
}

/** Beside the draft: how the exemplar handled this section, and which template sections still need work. */
export const GuidancePanel = memo(function GuidancePanel({ template, guidance, rows, onSelect, onRestore, readOnly }: Props) {
  return (
    <aside className="guidance" aria-label="Guidance">
      {guidance ? (
        <section aria-labelledby="guidance-title">
          <h3 id="guidance-title">About this section</h3>
          <p>{guidance.purpose}</p>
          <h4>Questions to answer</h4>
          <ul>
            {guidance.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          {guidance.example && (
            <>
              <h4>How the exemplar did it</h4>
              <p className="guidance-example">
                {guidance.example.text}
                <SourceList sources={guidance.example.sources} />
              </p>
            </>
          )}
        </section>
      ) : (
        <p className="muted">This section is your own; it has no template guidance.</p>
      )}
      {template && (
        <section aria-labelledby="coverage-title" className="coverage">
          <h3 id="coverage-title">Coverage checklist</h3>
          <p className="muted">Following “{template.name}”.</p>
          <ul className="coverage-list">
            {rows.map((row) => (
              <li key={row.templateSection.id} className={`coverage-${row.state}`}>
                <span className="coverage-state">{STATE_LABELS[row.state]}</span>{' '}
                {row.section ? (
                  <button className="link-button" onClick={() => onSelect(row.section!.id)}>{row.templateSection.title}</button>
                ) : (
                  <>
                    {row.templateSection.title}{' '}
                    {!readOnly && <button className="ghost" onClick={() => onRestore(row.templateSection.id)} aria-label={`Add ${row.templateSection.title} back`}>Add back</button>}
                  </>
                )}
                {(row.state === 'empty' || row.state === 'thin') && <p className="coverage-hint">{row.templateSection.purpose}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  )
})
