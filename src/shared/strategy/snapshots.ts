import { diffWords } from 'diff'
import { DOCUMENT_STATUS_LABELS, INITIATIVE_STATUS_LABELS, type Initiative, type Snapshot, type Strategy, type StrategyCover, type StrategySection, type Target } from './schema'

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

export type WordDiff = { kind: 'same' | 'added' | 'removed'; text: string }[]

/** Beyond this many changed words the two versions are shown whole, one removed and one added. */
const MAX_EDIT_LENGTH = 5_000

/** Which words were kept, removed and added since the snapshot, as a reader compares two drafts (jsdiff's word diff). */
export function diffText(before: string, after: string): WordDiff {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) return [{ kind: 'removed', text: before }, { kind: 'added', text: after }].filter((part) => part.text !== '') as WordDiff
  return changes.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }))
}

export type DetailComparison = SectionComparison & { part: 'Title page' | 'Target' | 'Initiative' }
type Details = Pick<Strategy, 'title' | 'cover' | 'targets' | 'initiatives'>

/**
 * The title page, targets and initiatives compared with a snapshot, each as readable text.
 * Snapshots taken before these were kept have none, and give no rows for them.
 */
export function compareDetails(snapshot: Snapshot, current: Details): DetailComparison[] {
  const rows: DetailComparison[] = []
  if (snapshot.cover) rows.push({ part: 'Title page', ...compareText('cover', 'Title page', coverText(snapshot.title, snapshot.cover), coverText(current.title, current.cover)) })
  if (snapshot.targets) rows.push(...compareById('Target', snapshot.targets, current.targets, (target) => target.indicator, targetText))
  if (snapshot.initiatives) rows.push(...compareById('Initiative', snapshot.initiatives, current.initiatives, (initiative) => initiative.title, initiativeText))
  return rows
}

function compareText(id: string, title: string, before: string | null, after: string | null): SectionComparison {
  const change = before === null ? 'added' : after === null ? 'removed' : before === after ? 'unchanged' : 'changed'
  return { id, title, change, before, after }
}

function compareById<T extends { id: string }>(part: DetailComparison['part'], before: readonly T[], after: readonly T[], title: (entry: T) => string, text: (entry: T) => string): DetailComparison[] {
  const rows = after.map((entry) => {
    const old = before.find((candidate) => candidate.id === entry.id)
    return { part, ...compareText(entry.id, title(entry), old ? text(old) : null, text(entry)) }
  })
  for (const old of before) if (!after.some((entry) => entry.id === old.id)) rows.push({ part, ...compareText(old.id, title(old), text(old), null) })
  return rows
}

const lines = (pairs: [string, string | null | undefined][]) => pairs.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`).join('\n')

function coverText(title: string, cover: StrategyCover): string {
  return lines([['Title', title], ['Subtitle', cover.subtitle], ['Version', cover.version], ['Status', DOCUMENT_STATUS_LABELS[cover.status]], ['Date', cover.date], ['Authors', cover.authors.join(', ')]])
}

function targetText(target: Target): string {
  const unit = target.unit ? ` ${target.unit}` : ''
  return lines([['Indicator', target.indicator], ['Baseline', target.baseline && target.baseline + unit], ['Target', target.target && target.target + unit], ['Year', target.year?.toString()], ['Owner', target.owner]])
}

function initiativeText(initiative: Initiative): string {
  return lines([
    ['Title', initiative.title],
    ['Status', INITIATIVE_STATUS_LABELS[initiative.status]],
    ['Description', initiative.description],
    ['Runs', [initiative.start, initiative.end].filter(Boolean).join(' to ')],
    ['Budget', initiative.budget],
    ['Milestones', initiative.milestones.map((milestone) => (milestone.due ? `${milestone.title} (${milestone.due})` : milestone.title)).join('; ')],
    ['Partners', initiative.partnerIds.length ? String(initiative.partnerIds.length) : '']
  ])
}
