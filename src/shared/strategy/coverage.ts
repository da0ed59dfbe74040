import { countWords } from '../document/model'
import { parseMarkdownCached } from '../document/markdown'
import type { StrategySection } from './schema'
import type { StrategyTemplate, TemplateSection } from './template'

/** Below this many words a section is "thin": started, but not yet saying much. */
export const THIN_WORDS = 60

export type CoverageState = 'missing' | 'empty' | 'thin' | 'written'
export type CoverageRow = { templateSection: TemplateSection; section: StrategySection | null; words: number; state: CoverageState }

export function sectionWords(section: StrategySection): number {
  return countWords(parseMarkdownCached(section.markdown).blocks)
}

/** For every section of the template: is it in the draft, and how far has it got? */
export function coverage(template: StrategyTemplate, sections: readonly StrategySection[]): CoverageRow[] {
  return template.sections.map((templateSection) => {
    const section = sections.find((candidate) => candidate.templateSectionId === templateSection.id) ?? null
    if (!section) return { templateSection, section, words: 0, state: 'missing' }
    const words = sectionWords(section)
    const starterWords = countWords(parseMarkdownCached(templateSection.starter).blocks)
    // Words the template put there do not count as the team's writing.
    const own = Math.max(0, words - starterWords)
    const state: CoverageState = own === 0 ? 'empty' : own < THIN_WORDS ? 'thin' : 'written'
    return { templateSection, section, words, state }
  })
}
