import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../../src/main/services/library/library-content'
import type { LibraryContent } from '../../../../src/shared/library/schema'
import { PILLARS } from '../../../../src/shared/pillars'
import { normaliseText, originalSourcePage, readSourcePage, sourceEntries, sourceSentences } from '../../../support/source-page'
import { RESOURCES } from '../../../support/workspaces'

/** What the shipped library must say, checked against the page it was built from. */
describe('the shipped library', () => {
  let library: LibraryContent
  const page = readSourcePage()
  const entries = sourceEntries(page)

  beforeAll(async () => {
    library = await loadLibraryContent(join(RESOURCES, 'library'))
  })

  it('keeps its copy of the source page identical to the original when the original is at hand', () => {
    const original = originalSourcePage()
    if (original !== null) expect(page).toBe(original)
  })

  it('reads sixteen resources from the source page, across three levels', () => {
    expect(entries).toHaveLength(16)
    expect(entries.filter((entry) => entry.level === 'introductory')).toHaveLength(5)
    expect(entries[0]?.title).toBe('Case study: Industrial clusters fuel economies')
    expect(entries.at(-1)?.title).toBe('Cluster example: Cap Digital, France')
  })

  it('has exactly one item for every resource on the page, at the same level', () => {
    for (const entry of entries) {
      const matches = library.items.filter((item) => (item.pageTitle ?? item.title) === entry.title)
      expect(matches, entry.title).toHaveLength(1)
      expect(matches[0]?.level, entry.title).toBe(entry.level)
    }
    expect(library.items.filter((item) => item.collection === 'source-page')).toHaveLength(entries.length)
  })

  it('gives every cluster example on the page a structured profile', () => {
    const examples = library.items.filter((item) => item.kind === 'cluster-example')
    expect(examples).toHaveLength(entries.filter((entry) => entry.title.startsWith('Cluster example:')).length)
    for (const item of examples) {
      const profile = library.exemplars.find((exemplar) => exemplar.id === item.exemplarId)
      expect(profile?.itemIds, item.id).toContain(item.id)
    }
  })

  it('never repeats a sentence of the page in a summary, the introduction or the pillar guide', () => {
    const sentences = sourceSentences(page)
    expect(sentences.length).toBeGreaterThan(30)
    const texts = [
      ...library.items.map((item) => [item.id, item.summary] as const),
      ['introduction', library.introduction] as const,
      ...library.pillars.map((guide) => [guide.pillar, guide.brings] as const)
    ]
    for (const [name, text] of texts) {
      const ours = normaliseText(text)
      for (const sentence of sentences) expect(ours.includes(sentence), `${name} repeats: "${sentence}"`).toBe(false)
    }
  })

  it('states the corrections the page needs instead of repeating its errors', () => {
    const capDigital = library.exemplars.find((exemplar) => exemplar.id === 'cap-digital')
    expect(capDigital?.founded.year).toBe(2006)
    const byId = (id: string) => library.items.find((item) => item.id === id)
    expect(byId('cap-digital')?.corrections.map((c) => c.finding).join(' ')).toMatch(/2006/)
    expect(byId('maritime-blue-strategy')?.corrections[0]?.finding).toMatch(/Washington Maritime Blue/)
    expect(byId('nce-seafood-innovation')?.corrections[0]?.finding).toMatch(/not found/)
    // Only a correction's "claim" may quote the page's error; nothing else may repeat it.
    const withoutClaims = JSON.stringify(library, (key, value: unknown) => (key === 'claim' ? undefined : value))
    expect(/founded in 2016|since its founding in 2016/i.test(withoutClaims)).toBe(false)
  })

  it('explains all five pillars with examples from the exemplars', () => {
    expect(library.pillars.map((guide) => guide.pillar)).toEqual([...PILLARS])
    for (const guide of library.pillars) expect(guide.examples.length).toBeGreaterThanOrEqual(2)
  })

  it('opens with a "What is a cluster?" introduction in plain words', () => {
    expect(library.introduction).toMatch(/^# What is a cluster\?/)
    expect(library.introduction.length).toBeGreaterThan(800)
  })

  it('gives every item a source for its facts and at least one link', () => {
    for (const item of library.items) {
      expect(item.links.length, item.id).toBeGreaterThan(0)
      expect(item.facts.length, item.id).toBeGreaterThan(0)
    }
  })
})
