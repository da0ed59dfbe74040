import { useMemo, useState } from 'react'
import { availableTags, matchesFilter, readingPath, tagKey, type ItemFilter } from '../../../shared/library/reading-path'
import { ITEM_KINDS, KIND_LABELS, LEVEL_LABELS, type LibraryContent } from '../../../shared/library/schema'
import type { WorkspaceLibrary } from '../../../shared/library/workspace-library'
import { isRead } from '../../../shared/library/workspace-library'
import type { LibraryItem } from '../../../shared/library/schema'
import { api } from '../../api'
import { useContextMenu } from '../../components/use-context-menu'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import type { Navigate } from './library-view'
import { ReadToggle } from './ReadToggle'

type Props = { content: LibraryContent; library: WorkspaceLibrary; navigate: Navigate }

/** Introductory → Intermediate → Advanced, with the team's progress through each level. */
export function ReadingPath({ content, library, navigate }: Props) {
  const [filter, setFilter] = useState<ItemFilter>({ kinds: [], tag: null })
  const path = useMemo(() => readingPath(content.items, library), [content.items, library])
  const tags = useMemo(() => availableTags(content.items), [content.items])
  const { apply } = useSession()
  const { readOnly } = useOpenWorkspace()
  const itemMenu = useContextMenu<LibraryItem>('Reading actions', (item) => {
    const read = isRead(library, item.id)
    const link = item.links[0]
    return [
      { label: 'Open', run: () => navigate({ type: 'item', id: item.id }) },
      { label: read ? 'Mark as not read' : 'Mark as read', disabled: readOnly, run: () => apply({ type: 'library/mark', ids: [item.id], read: !read, at: new Date().toISOString() }) },
      ...(link ? [{ label: `Open “${link.label}” in the browser`, run: () => void api.openExternal({ url: link.url }) }] : []), // eng-disable OPEN_EXTERNAL_JS_CHECK
      ...(item.exemplarId ? [{ label: 'Show the cluster profile', run: () => navigate({ type: 'exemplar', id: item.exemplarId! }) }] : [])
    ]
  })
  const filtering = filter.kinds.length > 0 || filter.tag !== null
  const toggleKind = (kind: (typeof ITEM_KINDS)[number]) =>
    setFilter((current) => ({ ...current, kinds: current.kinds.includes(kind) ? current.kinds.filter((k) => k !== kind) : [...current.kinds, kind] }))

  return (
    <section aria-labelledby="path-title" className="reading-path">
      <div className="section-header">
        <h2 id="path-title">Reading path</h2>
        <div className="path-filters" role="group" aria-label="Filter readings">
          {ITEM_KINDS.map((kind) => (
            <button key={kind} className="chip" aria-pressed={filter.kinds.includes(kind)} onClick={() => toggleKind(kind)}>
              {KIND_LABELS[kind]}
            </button>
          ))}
          <select
            aria-label="Filter by pillar, sector or region"
            value={filter.tag ? tagKey(filter.tag) : ''}
            onChange={(event) => setFilter((current) => ({ ...current, tag: tags.find((entry) => tagKey(entry.tag) === event.target.value)?.tag ?? null }))}
          >
            <option value="">Any pillar, sector or region</option>
            {(['pillar', 'sector', 'region'] as const).map((type) => (
              <optgroup key={type} label={type === 'pillar' ? 'Pillars' : type === 'sector' ? 'Sectors' : 'Regions'}>
                {tags
                  .filter((entry) => entry.tag.type === type)
                  .map((entry) => (
                    <option key={tagKey(entry.tag)} value={tagKey(entry.tag)}>
                      {entry.label} ({entry.count})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {filtering && (
            <button className="ghost" onClick={() => setFilter({ kinds: [], tag: null })}>Clear filters</button>
          )}
        </div>
      </div>
      {path.map((level) => {
        const shown = level.items.filter((item) => matchesFilter(item, filter))
        const headingId = `level-${level.level}`
        return (
          <section key={level.level} className="path-level" aria-labelledby={headingId}>
            <div className="level-header">
              <h3 id={headingId}>{LEVEL_LABELS[level.level]}</h3>
              <span className="level-progress-text">{level.read} of {level.total} read</span>
              <progress max={level.total} value={level.read} aria-label={`${LEVEL_LABELS[level.level]}: ${level.read} of ${level.total} read`} />
            </div>
            {shown.length === 0 ? (
              <p className="muted">No {LEVEL_LABELS[level.level].toLowerCase()} reading matches the filters.</p>
            ) : (
              <ol className="path-items">
                {shown.map((item) => (
                  <li key={item.id} className={isRead(library, item.id) ? 'path-item is-read' : 'path-item'}>
                    <div className="path-item-text">
                      <button className="path-item-title" onClick={() => navigate({ type: 'item', id: item.id })} {...itemMenu.triggers(item)}>
                        {item.title}
                      </button>
                      <span className="path-item-meta">
                        {KIND_LABELS[item.kind]}
                        {item.year !== null && ` · ${item.year}`}
                        {(item.organisation ?? item.authors[0]) && ` · ${item.organisation ?? item.authors[0]}`}
                      </span>
                    </div>
                    <ReadToggle id={item.id} title={item.title} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        )
      })}
      {itemMenu.menu}
    </section>
  )
}
