import type { Snapshot, StrategySection } from './schema'

export type SectionChange = 'unchanged' | 'changed' | 'added' | 'removed'
export type SectionComparison = { id: string; title: string; change: SectionChange; before: string | null; after: string | null }

/**
 * Section by section, how the current draft differs from a snapshot. Sections are matched by
 * id, so a renamed or moved section is "changed", not removed and added.
 */
export function compareWithSnapshot(snapshot: Snapshot, current: readonly StrategySection[]): SectionComparison[] {
  const rows: SectionComparison[] = current.map((section) => {
    const before = snapshot.sections.find((old) => old.id === section.id)
    if (!before) return { id: section.id, title: section.title, change: 'added', before: null, after: section.markdown }
    const same = before.markdown === section.markdown && before.title === section.title && before.status === section.status
    return { id: section.id, title: section.title, change: same ? 'unchanged' : 'changed', before: before.markdown, after: section.markdown }
  })
  for (const old of snapshot.sections) {
    if (!current.some((section) => section.id === old.id)) rows.push({ id: old.id, title: old.title, change: 'removed', before: old.markdown, after: null })
  }
  return rows
}

export type LineDiff = { kind: 'same' | 'added' | 'removed'; text: string }[]

/** A line diff by longest common subsequence; sections are short, so quadratic is fine (bounded). */
export function diffLines(before: string, after: string): LineDiff {
  const a = before.split('\n')
  const b = after.split('\n')
  if (a.length * b.length > 4_000_000) return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))]
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const out: LineDiff = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! })
      i += 1
      j += 1
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) out.push({ kind: 'removed', text: a[i++]! })
    else out.push({ kind: 'added', text: b[j++]! })
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++]! })
  while (j < b.length) out.push({ kind: 'added', text: b[j++]! })
  return out
}
