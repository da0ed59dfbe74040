import { PILLARS } from '../pillars'
import { canGoStale } from './as-of'
import type { LibraryContent } from './schema'

/**
 * Cross-file rules the per-file schemas cannot see: ids unique, every reference resolves, every
 * pillar explained, a fact marked verified names at least one source a reader can open, and a
 * claim about the present says as of when.
 * Returns problems as sentences; an empty list means the library is consistent.
 */
export function libraryProblems(content: Omit<LibraryContent, 'introduction'>): string[] {
  const problems: string[] = []
  const itemIds = new Set<string>()
  for (const item of content.items) {
    if (itemIds.has(item.id)) problems.push(`Library item id "${item.id}" is used twice`)
    itemIds.add(item.id)
  }
  const exemplarIds = new Set(content.exemplars.map((exemplar) => exemplar.id))
  if (exemplarIds.size !== content.exemplars.length) problems.push('Two exemplar profiles share an id')

  for (const item of content.items) {
    if (item.exemplarId !== null && !exemplarIds.has(item.exemplarId))
      problems.push(`Item "${item.id}" refers to exemplar "${item.exemplarId}", which has no profile`)
    if (item.kind === 'cluster-example' && item.exemplarId === null)
      problems.push(`Cluster example "${item.id}" has no exemplar profile`)
    item.facts.forEach((fact, index) => {
      if (fact.status === 'verified' && !fact.sources.some((source) => source.url))
        problems.push(`Item "${item.id}" fact ${index + 1} is marked verified but names no source address`)
      if (canGoStale(fact) && !fact.asOf) problems.push(`Item "${item.id}" fact ${index + 1} describes the present but says no "as of" date`)
    })
  }
  for (const exemplar of content.exemplars) {
    // Member counts carry their own reporting date; every other field must date its present-tense claims.
    const { region, founded, sector, governance, targets, funding, programmes } = exemplar
    for (const fact of [region, founded, sector, governance, ...targets, ...funding, ...programmes])
      if (canGoStale(fact) && !fact.asOf) problems.push(`Exemplar "${exemplar.id}" says "${fact.text}" without an "as of" date`)
  }
  for (const exemplar of content.exemplars) {
    for (const id of exemplar.itemIds)
      if (!itemIds.has(id)) problems.push(`Exemplar "${exemplar.id}" lists item "${id}", which does not exist`)
  }
  const explained = new Set(content.pillars.map((guide) => guide.pillar))
  for (const pillar of PILLARS) if (!explained.has(pillar)) problems.push(`The pillar guide does not explain "${pillar}"`)
  for (const guide of content.pillars)
    for (const example of guide.examples)
      if (!exemplarIds.has(example.exemplarId))
        problems.push(`Pillar "${guide.pillar}" cites exemplar "${example.exemplarId}", which has no profile`)
  return problems
}
