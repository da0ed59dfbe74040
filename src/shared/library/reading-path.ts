import { PILLAR_INFO, type Pillar } from '../pillars'
import { LEVELS, type ItemKind, type Level, type LibraryItem } from './schema'
import { isRead, type WorkspaceLibrary } from './workspace-library'

/** The reading path: items by level, in a stable order, with the team's progress through each. */
export type LevelProgress = { level: Level; items: LibraryItem[]; read: number; total: number }

/** Older, foundational pieces first within a level; undated items last; then by title. */
function pathOrder(a: LibraryItem, b: LibraryItem): number {
  return (a.year ?? 9999) - (b.year ?? 9999) || a.title.localeCompare(b.title)
}

export function readingPath(items: readonly LibraryItem[], library: WorkspaceLibrary): LevelProgress[] {
  return LEVELS.map((level) => {
    const inLevel = items.filter((item) => item.level === level).sort(pathOrder)
    return { level, items: inLevel, read: inLevel.filter((item) => isRead(library, item.id)).length, total: inLevel.length }
  })
}

/** A tag to filter by: a pillar, a sector or a region. */
export type TagFilter = { type: 'pillar'; value: Pillar } | { type: 'sector' | 'region'; value: string }
export type ItemFilter = { kinds: readonly ItemKind[]; tag: TagFilter | null }

export const NO_FILTER: ItemFilter = { kinds: [], tag: null }

export function matchesFilter(item: LibraryItem, filter: ItemFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(item.kind)) return false
  const tag = filter.tag
  if (!tag) return true
  if (tag.type === 'pillar') return item.tags.pillars.includes(tag.value)
  return (tag.type === 'sector' ? item.tags.sectors : item.tags.regions).includes(tag.value)
}

/** Every tag used by some item, for the filter menu, with how many items carry it. */
export function availableTags(items: readonly LibraryItem[]): { tag: TagFilter; label: string; count: number }[] {
  const counts = new Map<string, { tag: TagFilter; label: string; count: number }>()
  const add = (tag: TagFilter, label: string) => {
    const key = `${tag.type}:${tag.value}`
    const entry = counts.get(key) ?? { tag, label, count: 0 }
    entry.count += 1
    counts.set(key, entry)
  }
  for (const item of items) {
    for (const pillar of item.tags.pillars) add({ type: 'pillar', value: pillar }, PILLAR_INFO[pillar].label)
    for (const sector of item.tags.sectors) add({ type: 'sector', value: sector }, sector)
    for (const region of item.tags.regions) add({ type: 'region', value: region }, region)
  }
  const typeOrder = { pillar: 0, sector: 1, region: 2 }
  return [...counts.values()].sort((a, b) => typeOrder[a.tag.type] - typeOrder[b.tag.type] || a.label.localeCompare(b.label))
}

export const tagKey = (tag: TagFilter): string => `${tag.type}:${tag.value}`
