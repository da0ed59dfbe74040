import { z } from 'zod'
import { IsoDateTimeSchema } from '../text'
import type { Workspace } from '../workspace/schema'
import { CriterionIdSchema, ReadinessAnswerPatchSchema } from './schema'

/**
 * The team's answers to readiness criteria. The time comes in the command (the caller's clock)
 * so applying stays pure and gives the same result in the renderer and in main.
 */
export const READINESS_COMMANDS = [
  z.object({ type: z.literal('readiness/answer'), criterionId: CriterionIdSchema, patch: ReadinessAnswerPatchSchema, at: IsoDateTimeSchema }),
  z.object({ type: z.literal('readiness/clear'), criterionId: CriterionIdSchema })
] as const

export type ReadinessCommand = z.output<(typeof READINESS_COMMANDS)[number]>

export function applyReadinessCommand(workspace: Workspace, command: ReadinessCommand): Workspace {
  const answers = workspace.readiness.answers
  switch (command.type) {
    case 'readiness/answer': {
      const before = answers[command.criterionId] ?? { answer: null, note: '', link: '', updatedAt: command.at }
      const after = { ...before, ...command.patch }
      if (Object.hasOwn(answers, command.criterionId) && after.answer === before.answer && after.note === before.note && after.link === before.link) return workspace
      return { ...workspace, readiness: { answers: { ...answers, [command.criterionId]: { ...after, updatedAt: command.at } } } }
    }
    case 'readiness/clear': {
      if (!Object.hasOwn(answers, command.criterionId)) return workspace
      const rest = { ...answers }
      delete rest[command.criterionId]
      return { ...workspace, readiness: { answers: rest } }
    }
  }
}
