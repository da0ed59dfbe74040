import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Level } from '../../src/shared/library/schema'
import { ROOT } from './workspaces'

/**
 * The page the library was built from. A copy lives in tests/fixtures so a clean clone can run
 * the coverage and own-words tests; when ../shared is beside the project the copy is checked
 * against the original.
 */
export const SOURCE_PAGE_COPY = join(ROOT, 'tests', 'fixtures', 'library', 'source-page.txt')
export const SOURCE_PAGE_ORIGINAL = join(ROOT, '..', 'shared', 'seeds', 'innovation-clusters-resources.txt')

export const readSourcePage = (): string => readFileSync(SOURCE_PAGE_COPY, 'utf8')
export const originalSourcePage = (): string | null =>
  existsSync(SOURCE_PAGE_ORIGINAL) ? readFileSync(SOURCE_PAGE_ORIGINAL, 'utf8') : null

export type SourceEntry = { title: string; description: string; level: Level }

const SECTIONS: Array<[heading: string, level: Level]> = [
  ['Introductory resources', 'introductory'],
  ['Intermediate resources', 'intermediate'],
  ['Advanced resources', 'advanced']
]

/** The page lists each resource as a title line followed by one description line, under a level heading. */
export function sourceEntries(page: string): SourceEntry[] {
  const lines = page.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
  const entries: SourceEntry[] = []
  let level: Level | null = null
  let pendingTitle: string | null = null
  for (const line of lines) {
    const section = SECTIONS.find(([heading]) => heading === line)
    if (section) {
      level = section[1]
      pendingTitle = null
    } else if (line === 'Contact Us') {
      level = null
    } else if (level && pendingTitle === null) {
      pendingTitle = line
    } else if (level && pendingTitle !== null) {
      entries.push({ title: pendingTitle, description: line, level })
      pendingTitle = null
    }
  }
  return entries
}

/** Sentences of the page long enough that repeating one would be copying, not quoting a name. */
export function sourceSentences(page: string): string[] {
  return page
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map(normaliseText)
    .filter((sentence) => sentence.split(' ').length >= 6)
}

/** Folds quotes, dashes and spacing so that cosmetic differences do not hide a copied sentence. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}
