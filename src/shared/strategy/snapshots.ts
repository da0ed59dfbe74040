import { diffLines as diffByLine } from 'diff'
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

/** Beyond this many changed lines the two versions are shown whole, one removed and one added. */
const MAX_EDIT_LENGTH = 5_000

/** Which lines of a section were kept, removed and added since the snapshot (jsdiff's line diff). */
export function diffLines(before: string, after: string): LineDiff {
  // Every line ends in a newline, so a last line without one still matches the same line followed by more.
  const changes = diffByLine(`${before}\n`, `${after}\n`, { maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) return [...linesOf(before, 'removed'), ...linesOf(after, 'added')]
  return changes.flatMap((change) => linesOf(change.value.slice(0, -1), change.added ? 'added' : change.removed ? 'removed' : 'same'))
}

function linesOf(text: string, kind: LineDiff[number]['kind']): LineDiff {
  return text.split('\n').map((line) => ({ kind, text: line }))
}
