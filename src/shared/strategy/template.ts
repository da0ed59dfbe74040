import { z } from 'zod'
import { SourceSchema } from '../library/schema'
import type { StrategySection } from './schema'

/**
 * A strategy template, shipped as a data file in resources/templates: the section structure of
 * a real cluster's strategy document (or of the recognised guides), with guidance per section.
 */
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')

export const TemplateSectionSchema = z.object({
  id: Slug,
  title: z.string().min(1),
  /** What the section is for, in a sentence or two. */
  purpose: z.string().min(20),
  questions: z.array(z.string().min(5)).min(1),
  /** How the exemplar did it: facts in our words, with the source. */
  example: z.object({ text: z.string().min(20), sources: z.array(SourceSchema).min(1) }).nullable(),
  /** Starting text in Markdown; may contain {{placeholders}}. */
  starter: z.string().default(''),
  /** The section opens a part of the printed plan (a new page); the others run on after it. */
  startsPart: z.boolean().default(false)
})

export const TemplateSchema = z.object({
  id: Slug,
  name: z.string().min(1),
  /** Which document it follows, e.g. "Washington Maritime Blue, Strategy for the Blue Economy (2019)". */
  modelledOn: z.string().min(1),
  exemplarId: Slug.nullable(),
  description: z.string().min(20),
  sources: z.array(SourceSchema).min(1),
  sections: z.array(TemplateSectionSchema).min(3)
})

export const IndicatorSchema = z.object({
  id: Slug,
  indicator: z.string().min(1),
  /** The programme that uses it, e.g. "Flemish spearhead-cluster policy (De Blauwe Cluster)". */
  usedBy: z.string().min(1),
  source: SourceSchema
})

export type TemplateSection = z.output<typeof TemplateSectionSchema>
export type StrategyTemplate = z.output<typeof TemplateSchema>
export type Indicator = z.output<typeof IndicatorSchema>
export type TemplateContent = { templates: StrategyTemplate[]; indicators: Indicator[] }

/** The sections a new strategy starts with; `newId` comes from the caller so this stays pure. */
export function instantiateTemplate(template: StrategyTemplate, newId: () => string): StrategySection[] {
  return template.sections.map((section) => ({
    id: newId(),
    title: section.title,
    markdown: section.starter,
    status: 'empty',
    templateSectionId: section.id,
    startsPart: section.startsPart
  }))
}

/** Problems that a schema cannot see: duplicate ids across templates or within one. */
export function templateProblems(templates: readonly StrategyTemplate[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const template of templates) {
    if (seen.has(template.id)) problems.push(`two templates have the id "${template.id}"`)
    seen.add(template.id)
    const sectionIds = new Set<string>()
    for (const section of template.sections) {
      if (sectionIds.has(section.id)) problems.push(`template "${template.id}" repeats the section id "${section.id}"`)
      sectionIds.add(section.id)
    }
  }
  return problems
}
