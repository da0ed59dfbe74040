import { describe, expect, it } from 'vitest'
import { libraryProblems } from '../../../src/shared/library/integrity'
import type { Exemplar, LibraryItem, PillarGuide } from '../../../src/shared/library/schema'
import { PILLARS } from '../../../src/shared/pillars'

const fact = { text: 'A fact.', status: 'verified' as const, sources: [{ title: 'Source', url: 'https://example.org/a' }] }
const item = (overrides: Partial<LibraryItem> = {}): LibraryItem => ({
  id: 'an-item',
  title: 'An item',
  authors: [],
  organisation: null,
  year: null,
  level: 'introductory',
  kind: 'reading',
  links: [],
  summary: 'A summary that is long enough to pass the schema check.',
  tags: { pillars: [], sectors: [], regions: [] },
  exemplarId: null,
  collection: 'source-page',
  facts: [fact],
  corrections: [],
  ...overrides
})
const exemplar = (overrides: Partial<Exemplar> = {}): Exemplar => ({
  id: 'a-cluster',
  name: 'A cluster',
  country: 'Norway',
  region: fact,
  founded: { ...fact, year: 2015 },
  sector: fact,
  governance: fact,
  members: [],
  targets: [],
  funding: [],
  programmes: [],
  links: [],
  itemIds: [],
  ...overrides
})
const guides: PillarGuide[] = PILLARS.map((pillar) => ({ pillar, brings: 'x'.repeat(40), examples: [] }))

describe('library integrity', () => {
  it('accepts a consistent library', () => {
    expect(libraryProblems({ items: [item()], exemplars: [exemplar()], pillars: guides })).toEqual([])
  })

  it('reports duplicate ids, dangling references and missing pillars in plain sentences', () => {
    const problems = libraryProblems({
      items: [item(), item(), item({ id: 'example', kind: 'cluster-example' }), item({ id: 'x', exemplarId: 'nowhere' })],
      exemplars: [exemplar({ itemIds: ['missing-item'] })],
      pillars: [{ pillar: 'industry', brings: 'x'.repeat(40), examples: [{ exemplarId: 'ghost', text: 'Ghost.' }] }]
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'Library item id "an-item" is used twice',
        'Cluster example "example" has no exemplar profile',
        'Item "x" refers to exemplar "nowhere", which has no profile',
        'Exemplar "a-cluster" lists item "missing-item", which does not exist',
        'The pillar guide does not explain "investors"',
        'Pillar "industry" cites exemplar "ghost", which has no profile'
      ])
    )
  })

  it('does not let a fact be marked verified without a source address', () => {
    const unsourced = item({ facts: [{ text: 'Claimed.', status: 'verified', sources: [{ title: 'Memory' }] }] })
    expect(libraryProblems({ items: [unsourced], exemplars: [], pillars: guides })).toEqual([
      'Item "an-item" fact 1 is marked verified but names no source address'
    ])
  })

  it('asks a claim about the present to say as of when, in items and exemplar profiles', () => {
    const ceo = { ...fact, text: 'Jane Doe is its chief executive.' }
    const problems = libraryProblems({ items: [item({ facts: [ceo] })], exemplars: [exemplar({ governance: ceo })], pillars: guides })
    expect(problems).toEqual([
      'Item "an-item" fact 1 describes the present but says no "as of" date',
      'Exemplar "a-cluster" says "Jane Doe is its chief executive." without an "as of" date'
    ])
    const dated = { ...ceo, asOf: '2024-05' }
    expect(libraryProblems({ items: [item({ facts: [dated] })], exemplars: [exemplar({ governance: dated })], pillars: guides })).toEqual([])
  })
})
