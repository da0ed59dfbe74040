import { z } from 'zod'
import { MARKDOWN_LIMITS } from '../document/markdown'
import { patchSchema } from '../patch'
import { IdSchema, IsoDateTimeSchema, line, text } from '../text'

/**
 * The team's strategy document, stored in the workspace (format 3; details added in format 5): sections of Markdown, each
 * with a status; structured targets and initiatives; named snapshots. Markdown keeps the text
 * portable (any editor can read it) and feeds one parsed model for the preview and the PDF.
 */
export const STRATEGY_LIMITS = { sections: 100, targets: 500, initiatives: 500, snapshots: 50, partners: 200, milestones: 50, authors: 20 } as const

export const SECTION_STATUSES = ['empty', 'draft', 'review', 'final'] as const
export type SectionStatus = (typeof SECTION_STATUSES)[number]
export const STATUS_LABELS: Record<SectionStatus, string> = { empty: 'Empty', draft: 'Draft', review: 'In review', final: 'Final' }

export const StrategySectionSchema = z.object({
  id: IdSchema,
  title: line(200).pipe(z.string().min(1, 'a section needs a title')),
  markdown: text(MARKDOWN_LIMITS.chars).default(''),
  status: z.enum(SECTION_STATUSES).default('empty'),
  /** The template section this one came from, for its guidance; null for sections the team added. */
  templateSectionId: z.string().max(100).nullable().default(null),
  /** Added in format 5: the section opens a part of the printed plan, on a new page; other sections run on. */
  startsPart: z.boolean().default(false)
})

/** What an edit of a section may change; untouched fields stay as they are. */
export const SectionPatchSchema = patchSchema(StrategySectionSchema.pick({ title: true, markdown: true, status: true, startsPart: true }))

/** A month or a day, as plans give them ("2027-03" or "2027-03-15"). */
export const PlanDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date is YYYY-MM or YYYY-MM-DD')

export const TargetSchema = z.object({
  id: IdSchema,
  indicator: line(300).pipe(z.string().min(1, 'a target needs an indicator')),
  baseline: line(100).default(''),
  target: line(100).default(''),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  owner: line(200).default(''),
  /** Added in format 5: what the baseline and target count ("members", "€ m", "%"). */
  unit: line(60).default('')
})

export const INITIATIVE_STATUSES = ['proposed', 'planned', 'active', 'completed', 'paused'] as const
export const INITIATIVE_STATUS_LABELS: Record<(typeof INITIATIVE_STATUSES)[number], string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  active: 'Under way',
  completed: 'Completed',
  paused: 'Paused'
}

export const MilestoneSchema = z.object({
  title: line(300).pipe(z.string().min(1, 'a milestone needs a title')),
  due: PlanDateSchema.nullable().default(null)
})

export const InitiativeSchema = z.object({
  id: IdSchema,
  title: line(300).pipe(z.string().min(1, 'an initiative needs a title')),
  description: text(5_000).default(''),
  /** Member ids: the lead organisation and its partners. */
  leadId: IdSchema.nullable().default(null),
  partnerIds: z.array(IdSchema).max(STRATEGY_LIMITS.partners).default([]),
  // Added in format 5: what a funder asks of each initiative.
  milestones: z.array(MilestoneSchema).max(STRATEGY_LIMITS.milestones).default([]),
  start: PlanDateSchema.nullable().default(null),
  end: PlanDateSchema.nullable().default(null),
  /** As the team writes it ("€1.2 m over three years, 40 % regional funding"). */
  budget: line(200).default(''),
  status: z.enum(INITIATIVE_STATUSES).default('proposed')
})


export const DOCUMENT_STATUSES = ['draft', 'consultation', 'final'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = { draft: 'Draft', consultation: 'For consultation', final: 'Final' }

/** Added in format 5: the title page the team sets, and how the printed plan is laid out. */
export const StrategyCoverSchema = z.object({
  subtitle: line(300).default(''),
  version: line(60).default(''),
  status: z.enum(DOCUMENT_STATUSES).default('draft'),
  /** The date printed on the title page; null prints the export's date. */
  date: PlanDateSchema.nullable().default(null),
  authors: z.array(line(200).pipe(z.string().min(1))).max(STRATEGY_LIMITS.authors).default([]),
  /** Sections and their headings numbered 1, 1.1, … in print. */
  numberedHeadings: z.boolean().default(false)
})

export const SnapshotSchema = z.object({
  id: IdSchema,
  name: line(120).pipe(z.string().min(1, 'a snapshot needs a name')),
  takenAt: IsoDateTimeSchema,
  title: line(200),
  sections: z.array(StrategySectionSchema).max(STRATEGY_LIMITS.sections),
  // Kept since the word-level comparison, so it covers the title page, targets and initiatives;
  // optional, because older snapshots hold only the text (no migration: they still load as they are).
  cover: StrategyCoverSchema.optional(),
  targets: z.array(TargetSchema).max(STRATEGY_LIMITS.targets).optional(),
  initiatives: z.array(InitiativeSchema).max(STRATEGY_LIMITS.initiatives).optional()
})

export const StrategySchema = z.object({
  /** False until the team starts a strategy (from a template or blank). */
  started: z.boolean().default(false),
  title: line(200).default('Cluster strategy'),
  templateId: z.string().max(100).nullable().default(null),
  sections: z.array(StrategySectionSchema).max(STRATEGY_LIMITS.sections).default([]),
  /** Placeholder values frozen by the team; null while placeholders follow the workspace. */
  frozen: z.record(z.string().max(100), line(20_000)).nullable().default(null),
  targets: z.array(TargetSchema).max(STRATEGY_LIMITS.targets).default([]),
  initiatives: z.array(InitiativeSchema).max(STRATEGY_LIMITS.initiatives).default([]),
  snapshots: z.array(SnapshotSchema).max(STRATEGY_LIMITS.snapshots).default([]),
  cover: StrategyCoverSchema.default(() => StrategyCoverSchema.parse({}))
})

export type StrategySection = z.output<typeof StrategySectionSchema>
export type Target = z.output<typeof TargetSchema>
export type Initiative = z.output<typeof InitiativeSchema>
export type Snapshot = z.output<typeof SnapshotSchema>
export type Milestone = z.output<typeof MilestoneSchema>
export type StrategyCover = z.output<typeof StrategyCoverSchema>
export type Strategy = z.output<typeof StrategySchema>

export const emptyStrategy = (): Strategy => StrategySchema.parse({})
