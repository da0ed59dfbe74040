import { z } from 'zod'
import { PILLARS } from '../pillars'

/**
 * The curated library, shipped as data files under resources/library and validated on load:
 * readings and cluster examples (items), structured exemplar profiles, and the pillar guide.
 * Every fact carries its sources and how well it was verified; corrections to the page the
 * library was built from are stated, not hidden.
 */
export const LEVELS = ['introductory', 'intermediate', 'advanced'] as const
export const ITEM_KINDS = ['reading', 'case-study', 'report', 'strategy-document', 'cluster-example', 'guide', 'platform'] as const
export type Level = (typeof LEVELS)[number]
export type ItemKind = (typeof ITEM_KINDS)[number]

export const LEVEL_LABELS: Record<Level, string> = { introductory: 'Introductory', intermediate: 'Intermediate', advanced: 'Advanced' }
export const KIND_LABELS: Record<ItemKind, string> = {
  reading: 'Reading',
  'case-study': 'Case study',
  report: 'Report',
  'strategy-document': 'Strategy document',
  'cluster-example': 'Cluster example',
  guide: 'Guide',
  platform: 'Platform, network or label'
}

/**
 * Where an item comes from: the sixteen resources of the page the library was built from, or the
 * practitioner's canon we added (the guides and networks cluster managers actually use).
 */
export const COLLECTIONS = ['source-page', 'canon'] as const

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')
const WebUrl = z.string().regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be an http(s) URL')

export const SourceSchema = z.object({
  title: z.string().min(1),
  url: WebUrl.optional(),
  /** e.g. "stored copy", "URL not verified", "quoted by IndustryWeek" */
  note: z.string().optional()
})

export const VERIFICATION = ['verified', 'partly-verified', 'not-verified'] as const

/**
 * When a present-tense claim was last known true ("2021-03-15", "2025-01" or "2022"): members,
 * leaders, labels and programmes move, so a claim that can go stale says as of when. A source
 * that shows no date says so ("undated-source") rather than being given a guessed one.
 */
export const UNDATED_SOURCE = 'undated-source'
export const AsOfSchema = z
  .string()
  .regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|undated-source)$/, 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or "undated-source"')

/** One checked statement with where it comes from. */
export const FactSchema = z.object({
  text: z.string().min(1),
  status: z.enum(VERIFICATION),
  sources: z.array(SourceSchema),
  asOf: AsOfSchema.optional()
})

export const LinkSchema = z.object({ label: z.string().min(1), url: WebUrl })

export const LibraryItemSchema = z.object({
  id: Slug,
  title: z.string().min(1),
  /** How the source page names this entry, when it differs from the real title. */
  pageTitle: z.string().optional(),
  authors: z.array(z.string().min(1)),
  organisation: z.string().nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  level: z.enum(LEVELS),
  kind: z.enum(ITEM_KINDS),
  links: z.array(LinkSchema),
  /** Markdown, written in our own words. */
  summary: z.string().min(40),
  tags: z.object({
    pillars: z.array(z.enum(PILLARS)),
    sectors: z.array(z.string()),
    regions: z.array(z.string())
  }),
  exemplarId: Slug.nullable(),
  collection: z.enum(COLLECTIONS).default('source-page'),
  facts: z.array(FactSchema),
  /** Where the source page is wrong or unverifiable: what it says, and what is true. */
  corrections: z.array(z.object({ claim: z.string().min(1), finding: z.string().min(1), sources: z.array(SourceSchema) }))
})

export const ExemplarSchema = z.object({
  id: Slug,
  name: z.string().min(1),
  country: z.string().min(1),
  region: FactSchema,
  founded: FactSchema.extend({ year: z.number().int().nullable() }),
  sector: FactSchema,
  governance: FactSchema,
  /** Member counts as reported at different dates: "about 120 (May 2021)". */
  members: z.array(FactSchema.extend({ date: z.string() })),
  targets: z.array(FactSchema),
  funding: z.array(FactSchema),
  programmes: z.array(FactSchema),
  links: z.array(LinkSchema),
  /** Library items about this cluster. */
  itemIds: z.array(Slug)
})

export const PillarGuideSchema = z.object({
  pillar: z.enum(PILLARS),
  /** Markdown: what this pillar brings to a cluster. */
  brings: z.string().min(40),
  examples: z.array(z.object({ exemplarId: Slug, text: z.string().min(1) }))
})

export type Source = z.output<typeof SourceSchema>
export type Fact = z.output<typeof FactSchema>
export type LibraryItem = z.output<typeof LibraryItemSchema>
export type Exemplar = z.output<typeof ExemplarSchema>
export type PillarGuide = z.output<typeof PillarGuideSchema>

/** Everything the library shows, as main loads it from resources/library. */
export type LibraryContent = {
  introduction: string
  items: LibraryItem[]
  exemplars: Exemplar[]
  pillars: PillarGuide[]
}
