import { UNDATED_SOURCE, type Fact } from './schema'

/**
 * Claims about the present go stale: who leads a cluster, how many members it has, which label it
 * holds, where its staff sit. A fact worded like that must say as of when it was known true, so a
 * reader can judge whether it still holds. The words are deliberately few and concrete.
 */
const PRESENT_TENSE_MARKERS =
  /\b(chief executive|CEO|president|chair|managing director|executive director|label|members|membership|staff|headquartered|based in|runs|holds|today|currently)\b/i

export function canGoStale(fact: Pick<Fact, 'text'>): boolean {
  return PRESENT_TENSE_MARKERS.test(fact.text)
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2021-03-15" → "as of 15 March 2021", "2025-01" → "as of January 2025", "2022" → "as of 2022". */
export function asOfLabel(asOf: string): string {
  if (asOf === UNDATED_SOURCE) return 'the source shows no date'
  const [year, month, day] = asOf.split('-')
  if (!month) return `as of ${year!}`
  const monthName = MONTHS[Number(month) - 1]!
  return `as of ${day ? `${Number(day)} ` : ''}${monthName} ${year!}`
}
