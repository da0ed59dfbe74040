import { z } from 'zod'
import { PLACEMENTS, placementLabel, type Placement } from '../pillars'
import { MEMBER_STAGES, STAGE_LABELS, type MemberStage } from '../workspace/member'
import { foldText } from '../fold-text'
import type { ColumnMapping } from './csv-mapping'
import type { SourceTable } from './import-formats'
import { PILLAR_STEMS, PILLAR_SYNONYMS, STAGE_SYNONYMS } from './value-synonyms'

/** A value as it is compared: no accents, lower case, words separated by single spaces. */
export const simplifyValue = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, ' ').trim()

const MAX_REMEMBERED = 2_000
const remembered = <T extends readonly [string, ...string[]]>(options: T) =>
  z.record(z.string().min(1).max(200), z.enum(options)).refine((map) => Object.keys(map).length <= MAX_REMEMBERED, `at most ${MAX_REMEMBERED} values`)

/** What the user said unrecognised values mean, by simplified value; kept in the workspace for the next import. */
export const ValueMapSchema = z.object({ pillar: remembered(PLACEMENTS).default({}), stage: remembered(MEMBER_STAGES).default({}) })
export type ValueMap = z.output<typeof ValueMapSchema>
export const emptyValueMap = (): ValueMap => ({ pillar: {}, stage: {} })

export type ValueField = 'pillar' | 'stage'

/** A remembered value, never one of Object's own properties ("constructor" is a value like any other). */
const own = <T>(saved: Record<string, T>, key: string): T | undefined => (Object.hasOwn(saved, key) ? saved[key] : undefined)

function synonymIndex<T extends string>(synonyms: Record<T, string[]>, labels: [T, string][]): Map<string, T> {
  const index = new Map<string, T>()
  for (const [option, label] of labels) {
    index.set(simplifyValue(label), option)
    index.set(simplifyValue(option), option)
  }
  for (const option of Object.keys(synonyms) as T[]) for (const word of synonyms[option]) if (!index.has(word)) index.set(word, option)
  return index
}

const PILLAR_INDEX = synonymIndex(PILLAR_SYNONYMS, PLACEMENTS.map((placement) => [placement, placementLabel(placement)]))
const STAGE_INDEX = synonymIndex(STAGE_SYNONYMS, MEMBER_STAGES.map((stage) => [stage, STAGE_LABELS[stage]]))

/** The pillar a value names ("Université" → academia, "VC" → investors), or null when it is not recognised. */
export function recognisePillar(value: string, saved: ValueMap['pillar'] = {}): Placement | null {
  const key = simplifyValue(value)
  if (!key) return 'unassigned'
  const known = own(saved, key) ?? PILLAR_INDEX.get(key)
  if (known) return known
  return PILLAR_STEMS.find(([pattern]) => pattern.test(key))?.[1] ?? null
}

/** The stage a value names ("Signed" → committed, "LOI" → letter of support), or null when it is not recognised. */
export function recogniseStage(value: string, saved: ValueMap['stage'] = {}): MemberStage | null {
  const key = simplifyValue(value)
  if (!key) return 'prospect'
  const known = own(saved, key) ?? STAGE_INDEX.get(key)
  if (known) return known
  // "Letter", "Commit": the start of a stage's own label.
  return key.length >= 4 ? (MEMBER_STAGES.find((stage) => simplifyValue(STAGE_LABELS[stage]).startsWith(key)) ?? null) : null
}

export type UnknownValue = { field: ValueField; key: string; value: string; count: number }

/** Every distinct value of the pillar and stage columns that is not recognised, most frequent first. */
export function unknownValues(table: Pick<SourceTable, 'rows'>, mapping: ColumnMapping, saved: ValueMap): UnknownValue[] {
  const found = new Map<string, UnknownValue>()
  const fields: [ValueField, (value: string) => unknown][] = [
    ['pillar', (value) => recognisePillar(value, saved.pillar)],
    ['stage', (value) => recogniseStage(value, saved.stage)]
  ]
  for (const [field, recognise] of fields) {
    const column = mapping[field]
    if (column === undefined) continue
    const seen = new Map<string, boolean>() // each distinct value is looked up once
    for (const cells of table.rows) {
      const value = (cells[column] ?? '').trim()
      let known = seen.get(value)
      if (known === undefined) seen.set(value, (known = recognise(value) !== null))
      if (known) continue
      const key = `${field}:${simplifyValue(value)}`
      const entry = found.get(key)
      if (entry) entry.count += 1
      else found.set(key, { field, key: simplifyValue(value), value, count: 1 })
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}
