import { z } from 'zod'
import { IdSchema, line } from '../text'
import {
  InitiativeSchema,
  SectionPatchSchema,
  SnapshotSchema,
  STRATEGY_LIMITS,
  StrategyCoverSchema,
  StrategySectionSchema,
  StrategySchema,
  TargetSchema,
  type Strategy
} from '../strategy/schema'
import type { Workspace } from './schema'

/**
 * Commands on the strategy document. Ids and times come in the command (made by the caller),
 * so applying is pure and gives the same result in the renderer and in main.
 */
export const STRATEGY_COMMANDS = [
  z.object({
    type: z.literal('strategy/start'),
    title: StrategySchema.shape.title,
    templateId: z.string().max(100).nullable(),
    sections: z.array(StrategySectionSchema).max(STRATEGY_LIMITS.sections)
  }),
  z.object({ type: z.literal('strategy/set-title'), title: line(200).pipe(z.string().min(1)) }),
  z.object({ type: z.literal('strategy/set-cover'), cover: StrategyCoverSchema }),
  z.object({ type: z.literal('strategy/add-section'), section: StrategySectionSchema, index: z.number().int().min(0).optional() }),
  z.object({
    type: z.literal('strategy/update-section'),
    id: IdSchema,
    patch: SectionPatchSchema
  }),
  z.object({ type: z.literal('strategy/remove-section'), id: IdSchema }),
  z.object({ type: z.literal('strategy/move-section'), id: IdSchema, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('strategy/freeze-placeholders'), values: z.record(z.string().max(100), line(20_000)) }),
  z.object({ type: z.literal('strategy/unfreeze-placeholders') }),
  z.object({ type: z.literal('strategy/put-target'), target: TargetSchema }),
  z.object({ type: z.literal('strategy/remove-target'), id: IdSchema }),
  z.object({ type: z.literal('strategy/put-initiative'), initiative: InitiativeSchema }),
  z.object({ type: z.literal('strategy/remove-initiative'), id: IdSchema }),
  z.object({ type: z.literal('strategy/take-snapshot'), snapshot: SnapshotSchema }),
  z.object({ type: z.literal('strategy/restore-snapshot'), id: IdSchema }),
  z.object({ type: z.literal('strategy/remove-snapshot'), id: IdSchema })
] as const

export type StrategyCommand = z.output<(typeof STRATEGY_COMMANDS)[number]>

/** Replaces or appends by id; unchanged when it would exceed `max`. */
function put<T extends { id: string }>(list: readonly T[], value: T, max: number): readonly T[] {
  const at = list.findIndex((entry) => entry.id === value.id)
  if (at >= 0) return list.map((entry, index) => (index === at ? value : entry))
  return list.length >= max ? list : [...list, value]
}

function step(strategy: Strategy, command: StrategyCommand): Strategy {
  switch (command.type) {
    case 'strategy/start':
      // Starting again keeps targets, initiatives and snapshots; only the sections are replaced.
      return { ...strategy, started: true, title: command.title, templateId: command.templateId, sections: command.sections }
    case 'strategy/set-title':
      return command.title === strategy.title ? strategy : { ...strategy, title: command.title }
    case 'strategy/set-cover':
      return JSON.stringify(command.cover) === JSON.stringify(strategy.cover) ? strategy : { ...strategy, cover: command.cover }
    case 'strategy/add-section': {
      if (strategy.sections.length >= STRATEGY_LIMITS.sections || strategy.sections.some((s) => s.id === command.section.id)) return strategy
      const sections = [...strategy.sections]
      sections.splice(Math.min(command.index ?? sections.length, sections.length), 0, command.section)
      return { ...strategy, started: true, sections }
    }
    case 'strategy/update-section': {
      const at = strategy.sections.findIndex((section) => section.id === command.id)
      if (at < 0) return strategy
      const current = strategy.sections[at]!
      const next = { ...current, ...command.patch }
      // Writing in an empty section makes it a draft, so the outline's progress is right without a click.
      if (command.patch.markdown !== undefined && command.patch.status === undefined && current.status === 'empty' && next.markdown.trim()) next.status = 'draft'
      if (next.title === current.title && next.markdown === current.markdown && next.status === current.status && next.startsPart === current.startsPart) return strategy
      return { ...strategy, sections: strategy.sections.map((section, index) => (index === at ? next : section)) }
    }
    case 'strategy/remove-section':
      return strategy.sections.some((s) => s.id === command.id) ? { ...strategy, sections: strategy.sections.filter((s) => s.id !== command.id) } : strategy
    case 'strategy/move-section': {
      const from = strategy.sections.findIndex((section) => section.id === command.id)
      const to = Math.min(command.toIndex, strategy.sections.length - 1)
      if (from < 0 || from === to) return strategy
      const sections = [...strategy.sections]
      const [moved] = sections.splice(from, 1)
      sections.splice(to, 0, moved!)
      return { ...strategy, sections }
    }
    case 'strategy/freeze-placeholders':
      return { ...strategy, frozen: command.values }
    case 'strategy/unfreeze-placeholders':
      return strategy.frozen === null ? strategy : { ...strategy, frozen: null }
    case 'strategy/put-target':
      return { ...strategy, targets: [...put(strategy.targets, command.target, STRATEGY_LIMITS.targets)] }
    case 'strategy/remove-target':
      return { ...strategy, targets: strategy.targets.filter((target) => target.id !== command.id) }
    case 'strategy/put-initiative':
      return { ...strategy, initiatives: [...put(strategy.initiatives, command.initiative, STRATEGY_LIMITS.initiatives)] }
    case 'strategy/remove-initiative':
      return { ...strategy, initiatives: strategy.initiatives.filter((initiative) => initiative.id !== command.id) }
    case 'strategy/take-snapshot':
      return { ...strategy, snapshots: [...put(strategy.snapshots, command.snapshot, STRATEGY_LIMITS.snapshots)] }
    case 'strategy/restore-snapshot': {
      const snapshot = strategy.snapshots.find((candidate) => candidate.id === command.id)
      if (!snapshot) return strategy
      const { cover, targets, initiatives } = snapshot
      return { ...strategy, started: true, title: snapshot.title, sections: snapshot.sections, ...(cover ? { cover } : {}), ...(targets ? { targets } : {}), ...(initiatives ? { initiatives } : {}) }
    }
    case 'strategy/remove-snapshot':
      return { ...strategy, snapshots: strategy.snapshots.filter((snapshot) => snapshot.id !== command.id) }
  }
}

export function applyStrategyCommand(workspace: Workspace, command: StrategyCommand): Workspace {
  const strategy = step(workspace.strategy, command)
  return strategy === workspace.strategy ? workspace : { ...workspace, strategy }
}
