import { describe, expect, it } from 'vitest'
import { asOfLabel, canGoStale } from '../../../src/shared/library/as-of'
import { FactSchema } from '../../../src/shared/library/schema'

const fact = { text: 'A fact.', status: 'verified', sources: [] }

describe('"as of" dates on library facts', () => {
  it('accepts a year, a month or a day, and refuses anything else', () => {
    for (const asOf of ['2022', '2025-01', '2021-03-15', 'undated-source']) expect(FactSchema.safeParse({ ...fact, asOf }).success).toBe(true)
    for (const asOf of ['March 2021', '2021-13', '2021-02-32', '21-03-15', '']) expect(FactSchema.safeParse({ ...fact, asOf }).success, asOf).toBe(false)
  })

  it('reads the date as a person would write it', () => {
    expect(asOfLabel('2021-03-15')).toBe('as of 15 March 2021')
    expect(asOfLabel('2025-01')).toBe('as of January 2025')
    expect(asOfLabel('2022')).toBe('as of 2022')
    expect(asOfLabel('undated-source')).toBe('the source shows no date')
  })

  it('knows which claims describe the present: people in post, members, labels, staff, where it sits', () => {
    expect(canGoStale({ text: 'Kendra MacDonald is its chief executive.' })).toBe(true)
    expect(canGoStale({ text: 'It holds the Gold label.' })).toBe(true)
    expect(canGoStale({ text: '783 members, 93% of them SMEs.' })).toBe(true)
    expect(canGoStale({ text: 'Published in January 2019.' })).toBe(false)
  })
})
