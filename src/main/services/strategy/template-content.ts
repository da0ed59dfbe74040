import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { IndicatorSchema, TemplateSchema, templateProblems, type TemplateContent } from '../../../shared/strategy/template'
import { describeIssues } from '../../../shared/workspace/load'

/**
 * Reads the strategy templates shipped in resources/templates: one JSON file per template, and
 * `indicators.json`, the starter library of indicators. Adding a template is adding a file.
 * A bad file fails loudly with its name and problem.
 */
export async function loadTemplateContent(dir: string): Promise<TemplateContent> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json') && name !== 'indicators.json').sort()
  const templates = await Promise.all(
    names.map(async (name) => {
      const parsed = TemplateSchema.safeParse(JSON.parse(await fs.readFile(join(dir, name), 'utf8')))
      if (!parsed.success) throw new Error(`Template ${name} is invalid: ${describeIssues(parsed.error)}`)
      return parsed.data
    })
  )
  const problems = templateProblems(templates)
  if (problems.length > 0) throw new Error(`The templates are inconsistent: ${problems.join('; ')}`)
  const indicators = IndicatorSchema.array().safeParse(JSON.parse(await fs.readFile(join(dir, 'indicators.json'), 'utf8')))
  if (!indicators.success) throw new Error(`indicators.json is invalid: ${describeIssues(indicators.error)}`)
  return { templates, indicators: indicators.data }
}

/** Loads the templates once, on first request (they never change while the app runs). */
export function createTemplateService(dir: string) {
  let content: Promise<TemplateContent> | null = null
  return { get: () => (content ??= loadTemplateContent(dir)) }
}
