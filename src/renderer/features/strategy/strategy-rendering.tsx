import { useMemo } from 'react'
import { parseMarkdownCached } from '../../../shared/document/markdown'
import type { LibraryItem } from '../../../shared/library/schema'
import { numberReferences, type Reference } from '../../../shared/strategy/citations'
import { livePlaceholderValues, placeholderValue } from '../../../shared/strategy/placeholders'
import type { Workspace } from '../../../shared/workspace/schema'
import type { RichTextOptions } from '../../components/RichText'

export type StrategyRendering = { options: RichTextOptions; references: Reference[] }

/**
 * How strategy text is shown: citations as numbers in order of first use across the whole
 * document, placeholders as the workspace's values (or the frozen ones). `draft` is the text
 * being typed in one section, so numbering is right before it is saved.
 */
export function useStrategyRendering(workspace: Workspace, items: readonly LibraryItem[], draft?: { id: string; markdown: string }): StrategyRendering {
  const strategy = workspace.strategy
  const live = useMemo(() => livePlaceholderValues(workspace), [workspace])
  // Unchanged sections come from the parse cache, so only the one being typed in is parsed again.
  const references = useMemo(
    () => numberReferences(strategy.sections.map((section) => parseMarkdownCached(section.id === draft?.id ? draft.markdown : section.markdown).blocks), items),
    [strategy.sections, draft, items]
  )
  const options = useMemo<RichTextOptions>(() => {
    const numbers = new Map(references.map((reference) => [reference.id, reference]))
    return {
      renderCitation: (ids) => (
        <sup className="citation">
          [
          {ids.map((id, index) => {
            const reference = numbers.get(id)
            return (
              <span key={id} title={reference?.item?.title ?? `Unknown library entry "${id}"`} className={reference?.item ? undefined : 'citation-unknown'}>
                {index > 0 && ', '}
                {reference?.number ?? '?'}
              </span>
            )
          })}
          ]
        </sup>
      ),
      renderPlaceholder: (placeholderKey) => {
        const value = placeholderValue(placeholderKey, strategy, live)
        if (value === null) return <span className="placeholder placeholder-unknown" title="Not a placeholder this app knows">{`{{${placeholderKey}}}`}</span>
        if (value === '') return <span className="placeholder placeholder-empty" title={`No data yet for ${placeholderKey}`}>[{placeholderKey}: no data yet]</span>
        return <span className={strategy.frozen ? 'placeholder is-frozen' : 'placeholder'} title={`{{${placeholderKey}}}`}>{value}</span>
      }
    }
  }, [references, strategy, live])
  return { options, references }
}
