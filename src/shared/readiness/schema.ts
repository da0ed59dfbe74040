import { z } from 'zod'
import { patchSchema } from '../patch'
import { isReservedKey, IsoDateTimeSchema, line, text } from '../text'

/**
 * What the team says about the readiness criteria the workspace cannot check by itself (format 5):
 * an answer, a note on the evidence, and a link to it, per criterion. Criteria the workspace checks
 * may carry a note too. Keys are criterion ids; ids this build does not know are kept, not lost.
 */
export const READINESS_ANSWERS = ['yes', 'partly', 'no'] as const
export type ReadinessAnswerValue = (typeof READINESS_ANSWERS)[number]
export const ANSWER_LABELS: Record<ReadinessAnswerValue, string> = { yes: 'Yes', partly: 'Partly', no: 'Not yet' }

export const CriterionIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60).refine((id) => !isReservedKey(id), { message: 'is a reserved name' })

export const ReadinessAnswerSchema = z.object({
  answer: z.enum(READINESS_ANSWERS).nullable().default(null),
  note: text(5_000).default(''),
  /** Where the proof is: a web address or a place in the team's files. */
  link: line(500).default(''),
  updatedAt: IsoDateTimeSchema
})

export const ReadinessAnswerPatchSchema = patchSchema(ReadinessAnswerSchema.pick({ answer: true, note: true, link: true }))

export const ReadinessSchema = z.object({
  answers: z.record(CriterionIdSchema, ReadinessAnswerSchema).default({})
})

export type ReadinessAnswer = z.output<typeof ReadinessAnswerSchema>
export type Readiness = z.output<typeof ReadinessSchema>

export const emptyReadiness = (): Readiness => ({ answers: {} })
