import type { StrategyTemplate } from '../../../shared/strategy/template'
import { instantiateTemplate } from '../../../shared/strategy/template'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { countOf } from '../../../shared/plural'
import { adviseTemplates } from '../../../shared/strategy/template-advice'
import { useUndoOffer } from './use-undo-offer'

type Props = { templates: StrategyTemplate[]; onCancel?: () => void }

/** Choose how to start the strategy: from a template modelled on a real cluster's document, or blank. */
export function TemplatePicker({ templates, onCancel }: Props) {
  const { apply } = useSession()
  const { workspace, readOnly } = useOpenWorkspace()
  const title = `${workspace.cluster.name} strategy`
  const advice = adviseTemplates(templates, workspace)
  const offerUndo = useUndoOffer()

  function start(template: StrategyTemplate | null) {
    const sections = template
      ? instantiateTemplate(template, () => crypto.randomUUID())
      : [{ id: crypto.randomUUID(), title: 'Introduction', markdown: '', status: 'empty' as const, templateSectionId: null }]
    apply({ type: 'strategy/start', title, templateId: template?.id ?? null, sections })
    if (workspace.strategy.started) offerUndo('Started again: the previous sections were replaced.')
    onCancel?.()
  }

  return (
    <section className="template-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Start your strategy</h2>
      <p className="lead">
        Each template follows the structure of a real cluster’s strategy document, with guidance, questions and examples for every
        section. Your cluster’s own data (name, members per pillar, targets) fills in as you write.
      </p>
      {workspace.strategy.started && <p className="banner banner-warn">Starting again replaces the current sections. Take a snapshot first if you want to keep them.</p>}
      <ul className="template-grid">
        {advice.ordered.map((template) => (
          <li key={template.id} className={template.id === advice.recommendedId ? 'template-card recommended' : 'template-card'}>
            {template.id === advice.recommendedId && <p className="badge">Recommended for you</p>}
            <h3>{template.name}</h3>
            {template.id === advice.recommendedId && <p className="template-reason">{advice.reason}</p>}
            <p className="muted">Modelled on {template.modelledOn}</p>
            <p>{template.description}</p>
            <details>
              <summary>{countOf(template.sections.length, 'section', 'sections')}</summary>
              <ol>
                {template.sections.map((section) => (
                  <li key={section.id}>{section.title}</li>
                ))}
              </ol>
            </details>
            <button className="primary" disabled={readOnly} onClick={() => start(template)}>
              Start with this template<span className="sr-only"> : {template.name}</span>
            </button>
          </li>
        ))}
        <li className="template-card">
          <h3>Blank strategy</h3>
          <p>Start with one empty section and build your own structure.</p>
          <button disabled={readOnly} onClick={() => start(null)}>Start blank</button>
        </li>
      </ul>
      {onCancel && <button onClick={onCancel}>Cancel</button>}
    </section>
  )
}
