import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { libraryProblems } from '../../../shared/library/integrity'
import { describeIssues } from '../../../shared/workspace/load'
import {
  ExemplarSchema,
  LibraryItemSchema,
  PillarGuideSchema,
  type LibraryContent
} from '../../../shared/library/schema'

/**
 * Reads the curated library shipped in resources/library: `introduction.md`, one JSON file per
 * item in `items/`, one per exemplar in `exemplars/`, and `pillars.json`. Adding an item is
 * adding a file. Every file is validated; a bad one fails loudly with its name and problem.
 */
export async function loadLibraryContent(dir: string): Promise<LibraryContent> {
  const readJson = async <T>(file: string, schema: z.ZodType<T>): Promise<T> => {
    const parsed = schema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
    if (!parsed.success) throw new Error(`Library file ${file} is invalid: ${describeIssues(parsed.error)}`)
    return parsed.data
  }
  const readFolder = async <T>(folder: string, schema: z.ZodType<T>): Promise<T[]> => {
    const names = (await fs.readdir(join(dir, folder)).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort()
    return Promise.all(names.map((name) => readJson(join(dir, folder, name), schema)))
  }
  const [introduction, items, exemplars, pillars] = await Promise.all([
    fs.readFile(join(dir, 'introduction.md'), 'utf8').catch(() => ''),
    readFolder('items', LibraryItemSchema),
    readFolder('exemplars', ExemplarSchema),
    fs
      .stat(join(dir, 'pillars.json'))
      .then(() => readJson(join(dir, 'pillars.json'), PillarGuideSchema.array()), () => [])
  ])
  const problems = libraryProblems({ items, exemplars, pillars })
  if (problems.length > 0) throw new Error(`The library is inconsistent: ${problems.join('; ')}`)
  return { introduction, items, exemplars, pillars }
}

/** Loads the library once, on first request, and keeps it (it never changes while running). */
export function createLibraryService(dir: string) {
  let content: Promise<LibraryContent> | null = null
  return {
    get: () => (content ??= loadLibraryContent(dir))
  }
}
