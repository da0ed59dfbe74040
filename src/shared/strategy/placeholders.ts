import { PILLARS, PILLAR_INFO, type Placement } from '../pillars'
import type { Workspace } from '../workspace/schema'
import { parseMarkdown } from '../document/markdown'
import type { Block } from '../document/model'
import { forEachInline } from './inline-walk'
import type { Strategy, StrategySection, Target } from './schema'

/**
 * Placeholders fill strategy text from the workspace: `{{cluster.name}}`, `{{members.academia}}`.
 * They follow the workspace until the team freezes them (for a version sent to a funder);
 * frozen values are stored in the strategy and no longer change.
 */
export type PlaceholderDefinition = { key: string; label: string; resolve: (workspace: Workspace) => string }

const count = (workspace: Workspace, placement: Placement) => workspace.members.filter((member) => member.pillar === placement).length

export function formatTarget(target: Target): string {
  const range = [target.baseline && `from ${target.baseline}`, target.target && `to ${target.target}`].filter(Boolean).join(' ')
  const when = target.year ? ` by ${target.year}` : ''
  const owner = target.owner ? ` (${target.owner})` : ''
  return `${target.indicator}${range ? ` ${range}` : ''}${when}${owner}`
}

export const PLACEHOLDERS: readonly PlaceholderDefinition[] = [
  { key: 'cluster.name', label: 'Cluster name', resolve: (w) => w.cluster.name },
  { key: 'cluster.region', label: 'Region', resolve: (w) => w.cluster.region },
  { key: 'cluster.sector', label: 'Sector', resolve: (w) => w.cluster.sector },
  { key: 'members.total', label: 'Number of members', resolve: (w) => String(w.members.length) },
  ...PILLARS.map((pillar) => ({ key: `members.${pillar}`, label: `Members: ${PILLAR_INFO[pillar].label}`, resolve: (w: Workspace) => String(count(w, pillar)) })),
  {
    key: 'members.founding',
    label: 'Founding members (names)',
    resolve: (w) => w.members.filter((member) => member.role === 'founding-member').map((member) => member.name).join(', ')
  },
  { key: 'targets', label: 'Targets (one line each)', resolve: (w) => (w.strategy.targets.length ? w.strategy.targets.map(formatTarget).join('; ') : '') },
  { key: 'initiatives', label: 'Initiatives (titles)', resolve: (w) => w.strategy.initiatives.map((initiative) => initiative.title).join('; ') }
]

const BY_KEY = new Map(PLACEHOLDERS.map((definition) => [definition.key, definition]))

export const isKnownPlaceholder = (key: string): boolean => BY_KEY.has(key)

/** Every placeholder's current value from the workspace. */
export function livePlaceholderValues(workspace: Workspace): Record<string, string> {
  return Object.fromEntries(PLACEHOLDERS.map((definition) => [definition.key, definition.resolve(workspace)]))
}

/**
 * What a placeholder shows: the frozen value when frozen, else the live one; null for an
 * unknown key (shown to the user as a problem to fix), '' for a known key with no data yet.
 */
export function placeholderValue(key: string, strategy: Strategy, live: Record<string, string>): string | null {
  if (!isKnownPlaceholder(key)) return null
  if (strategy.frozen && Object.hasOwn(strategy.frozen, key)) return strategy.frozen[key]!
  return live[key] ?? ''
}

/** The placeholder keys in blocks of text, in order, each once. */
function placeholderKeys(blocks: readonly Block[]): Set<string> {
  const keys = new Set<string>()
  forEachInline(blocks, (node) => {
    if (node.type === 'placeholder') keys.add(node.key)
  })
  return keys
}

/** Edit distance, for suggesting the key a typo meant (keys are short, so the plain table is fine). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

/** The known key a mistyped one most likely meant, if one is close. */
export function suggestPlaceholder(key: string): string | null {
  let best: { key: string; cost: number } | null = null
  for (const definition of PLACEHOLDERS) {
    const cost = distance(key.toLowerCase(), definition.key)
    if (!best || cost < best.cost) best = { key: definition.key, cost }
  }
  return best && best.cost <= Math.max(2, Math.floor(key.length / 4)) ? best.key : null
}

export type UnknownPlaceholder = { key: string; sectionId: string; sectionTitle: string; suggestion: string | null }

/** Placeholders no data fills (typos such as `{{cluster.nmae}}`), section by section: shown while writing and before export. */
export function unknownPlaceholders(sections: readonly StrategySection[]): UnknownPlaceholder[] {
  return sections.flatMap((section) =>
    section.markdown.includes('{{')
      ? [...placeholderKeys(parseMarkdown(section.markdown).blocks)]
          .filter((key) => !isKnownPlaceholder(key))
          .map((key) => ({ key, sectionId: section.id, sectionTitle: section.title, suggestion: suggestPlaceholder(key) }))
      : []
  )
}
