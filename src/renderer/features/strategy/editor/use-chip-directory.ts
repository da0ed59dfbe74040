import { useEffect, useMemo, useState } from 'react'
import type { LibraryItem } from '../../../../shared/library/schema'
import { livePlaceholderValues, PLACEHOLDERS, placeholderValue, suggestPlaceholder } from '../../../../shared/strategy/placeholders'
import type { Workspace } from '../../../../shared/workspace/schema'
import { ChipDirectory, type ChipChoices, type ChipLabel, type ChipLabels } from './chips'

const LABELS = new Map(PLACEHOLDERS.map((definition) => [definition.key, definition.label]))
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** "Porter 1998": the first author's surname (or the organisation, or the title) and the year. */
export function shortReference(item: LibraryItem): string {
  const who = item.authors[0]?.split(/\s+/).at(-1) ?? item.organisation ?? clip(item.title, 30)
  const others = item.authors.length > 2 ? ' et al.' : item.authors.length === 2 ? ` & ${item.authors[1]!.split(/\s+/).at(-1)}` : ''
  return `${who}${others}${item.year !== null ? ` ${item.year}` : ''}`
}

function labels(workspace: Workspace, items: readonly LibraryItem[]): ChipLabels {
  const live = livePlaceholderValues(workspace)
  const byId = new Map(items.map((item) => [item.id, item]))
  return {
    placeholder(key): ChipLabel {
      const value = placeholderValue(key, workspace.strategy, live)
      const label = LABELS.get(key)
      if (value === null || !label) {
        const meant = suggestPlaceholder(key)
        return { text: `{{${key}}}`, title: `No data has this name${meant ? `; did you mean ${LABELS.get(meant)}?` : ''}`, flagged: true }
      }
      if (value === '') return { text: `${label}: no data yet`, title: `${label}: fill it in on the workspace’s pages`, flagged: true }
      const source = `from the workspace${workspace.strategy.frozen ? ' (frozen)' : ''}`
      // A long value (all the targets) is cut short in the chip and shown whole in its tooltip.
      return { text: clip(value), title: value.length > 60 ? `${label}, ${source}: ${value}` : `${label}, ${source}`, flagged: false }
    },
    citation(ids): ChipLabel {
      const found = ids.map((id) => byId.get(id))
      const text = found.map((item, index) => (item ? shortReference(item) : ids[index]!)).join('; ')
      const missing = ids.filter((_, index) => !found[index])
      return missing.length
        ? { text, title: `Not in the library: ${missing.join(', ')}`, flagged: true }
        : { text, title: found.map((item) => item!.title).join('; '), flagged: false }
    }
  }
}

/** Each choice says what it would show now, not the code behind it. */
function choices(workspace: Workspace, items: readonly LibraryItem[]): ChipChoices {
  const live = livePlaceholderValues(workspace)
  return {
    placeholders: PLACEHOLDERS.map((definition) => {
      const value = placeholderValue(definition.key, workspace.strategy, live)
      return { id: definition.key, label: definition.label, detail: value ? clip(value, 48) : 'no data yet' }
    }),
    citations: items.map((item) => ({ id: item.id, label: item.title, detail: shortReference(item) }))
  }
}

/**
 * One directory per open section editor; it follows the workspace and the library. Chips redraw
 * when these change, which is rare next to keystrokes (saving a draft changes the workspace too,
 * and then only the chips' text is set again).
 */
export function useChipDirectory(workspace: Workspace, items: readonly LibraryItem[]): ChipDirectory {
  const current = useMemo(() => labels(workspace, items), [workspace, items])
  const offered = useMemo(() => choices(workspace, items), [workspace, items])
  const [directory] = useState(() => new ChipDirectory(current, offered))
  useEffect(() => {
    if (directory.labels !== current || directory.choices !== offered) directory.update(current, offered)
  }, [directory, current, offered])
  return directory
}
