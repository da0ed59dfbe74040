import type { Block, Inline } from '../document/model'
import type { PrintPart } from '../export/print-model'
import type { Workspace } from '../workspace/schema'
import { assessReadiness, STATUS_TEXT, type CriterionResult } from './assess'
import { FIX_PLACE_LABELS } from './criteria'

/**
 * The readiness section of the founding dossier: the overall score, then per area its score and
 * each criterion with its status, the evidence or the team's answer, and what is left to do.
 * Built as a text part so long evidence wraps; the team's words go in as plain text, never parsed.
 */
const text = (value: string): Inline => ({ type: 'text', value })
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children })

export function readinessPart(workspace: Workspace): PrintPart {
  const report = assessReadiness(workspace)
  const todoFor = new Map(report.todos.map((todo) => [todo.criterion, `${todo.text} (${FIX_PLACE_LABELS[todo.fixAt]})`]))
  const item = (criterion: CriterionResult): Block[] => {
    const todo = todoFor.get(criterion.id)
    return [
      paragraph({ type: 'strong', children: [text(`${STATUS_TEXT[criterion.status]}: `)] }, text(criterion.title)),
      ...(criterion.evidence ? [paragraph(text(`In the workspace: ${criterion.evidence}`))] : []),
      ...(criterion.answer?.note ? [paragraph(text(`Team note: ${criterion.answer.note}`))] : []),
      ...(criterion.answer?.link ? [paragraph(text(`Proof: ${criterion.answer.link}`))] : []),
      ...(todo ? [paragraph({ type: 'emphasis', children: [text(`To do: ${todo}`)] })] : [])
    ]
  }
  return {
    type: 'text',
    id: 'readiness',
    title: 'Readiness self-assessment',
    blocks: [
      paragraph(
        { type: 'strong', children: [text(`Overall ${report.score.percent}%.`)] },
        text(" Our own criteria, modelled on the areas the European cluster management excellence labels benchmark. Evidence is read from the workspace; the rest is the team's answer. It is not an official assessment.")
      ),
      ...report.areas.flatMap((area): Block[] => [
        { type: 'heading', depth: 2, children: [text(`${area.title}: ${area.score.percent}%`)] },
        { type: 'list', ordered: false, start: null, items: area.criteria.map(item) }
      ])
    ]
  }
}
