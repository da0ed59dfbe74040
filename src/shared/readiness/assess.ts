import type { Workspace } from '../workspace/schema'
import { CRITERIA, READINESS_AREAS, type Criterion, type CriterionStatus, type FixPlace, type ReadinessAreaId } from './criteria'
import { gatherEvidence, type WorkspaceEvidence } from './evidence'
import type { ReadinessAnswer } from './schema'

/**
 * The readiness report of a workspace: every criterion with its status, the evidence the
 * workspace supplied or the team's answer, a score per area, and the gaps as a to-do list that
 * says where in the app each is closed. One pure function serves the page, the CLI and the PDF.
 */
export type Score = { points: number; max: number; percent: number }

export type CriterionResult = {
  id: string
  title: string
  good: string
  source: Criterion['source']
  status: CriterionStatus
  /** What the workspace showed; only on criteria the workspace checks. */
  evidence?: string
  /** The team's answer, note and link, if any. */
  answer?: ReadinessAnswer
  fixAt: FixPlace
}

export type AreaResult = { id: ReadinessAreaId; title: string; asks: string; criteria: CriterionResult[]; score: Score }
export type ReadinessTodo = { area: ReadinessAreaId; criterion: string; text: string; fixAt: FixPlace }
export type ReadinessReport = { areas: AreaResult[]; score: Score; todos: ReadinessTodo[] }

const POINTS: Record<CriterionStatus, number> = { met: 1, partly: 0.5, 'not-met': 0, unanswered: 0 }

function score(statuses: readonly CriterionStatus[]): Score {
  const points = statuses.reduce((sum, status) => sum + POINTS[status], 0)
  const max = statuses.length
  return { points, max, percent: max ? Math.round((points / max) * 100) : 0 }
}

function evaluate(criterion: Criterion, evidence: WorkspaceEvidence, answer: ReadinessAnswer | undefined): { result: CriterionResult; todo: string } {
  const base = { id: criterion.id, title: criterion.title, good: criterion.good, source: criterion.source, fixAt: criterion.fixAt, ...(answer ? { answer } : {}) }
  if (criterion.source === 'workspace') {
    const finding = criterion.check(evidence)
    return { result: { ...base, status: finding.status, evidence: finding.evidence }, todo: finding.todo }
  }
  const status: CriterionStatus = answer?.answer === 'yes' ? 'met' : answer?.answer === 'partly' ? 'partly' : answer?.answer === 'no' ? 'not-met' : 'unanswered'
  return { result: { ...base, status }, todo: status === 'met' ? '' : criterion.todo }
}

export function assessReadiness(workspace: Workspace): ReadinessReport {
  const evidence = gatherEvidence(workspace)
  const answers = workspace.readiness.answers
  const todos: ReadinessTodo[] = []
  const areas = READINESS_AREAS.map((area) => {
    const criteria = CRITERIA.filter((criterion) => criterion.area === area.id).map((criterion) => {
      const { result, todo } = evaluate(criterion, evidence, Object.hasOwn(answers, criterion.id) ? answers[criterion.id] : undefined)
      if (todo) todos.push({ area: area.id, criterion: criterion.id, text: todo, fixAt: criterion.fixAt })
      return result
    })
    return { ...area, criteria, score: score(criteria.map((criterion) => criterion.status)) }
  })
  return { areas, score: score(areas.flatMap((area) => area.criteria.map((criterion) => criterion.status))), todos }
}

export const STATUS_TEXT: Record<CriterionStatus, string> = { met: 'Met', partly: 'Partly', 'not-met': 'Not yet', unanswered: 'Not answered' }
