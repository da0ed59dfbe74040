import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react'
import { highlightRanges } from '../../../shared/library/plain-text'
import type { LibrarySearch as SearchIndex, SearchHit } from '../../../shared/library/search'
import type { Navigate } from './library-view'
import { SnippetText } from './SnippetText'

type Props = { index: SearchIndex; navigate: Navigate }

const FIELD_LABELS = { title: 'title', by: 'authors', tags: 'tags', body: 'text', notes: 'your notes' } as const

function open(hit: SearchHit, navigate: Navigate) {
  navigate(hit.kind === 'item' ? { type: 'item', id: hit.id } : hit.kind === 'exemplar' ? { type: 'exemplar', id: hit.id } : { type: 'resource', id: hit.id })
}

/**
 * Search as you type over the whole library, as a combobox: arrow keys move through the
 * results, Enter opens one, Escape clears. Matched words are marked in titles and snippets.
 */
export function LibrarySearch({ index, navigate }: Props) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const deferred = useDeferredValue(query)
  const hits = useMemo(() => index.search(deferred), [index, deferred])
  const listId = useId()
  const showing = query.trim().length > 0

  function choose(hit: SearchHit | undefined) {
    if (!hit) return
    setQuery('')
    open(hit, navigate)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((at) => Math.min(hits.length - 1, at + 1))
    else if (event.key === 'ArrowUp') setActive((at) => Math.max(0, at - 1))
    else if (event.key === 'Enter') choose(hits[active])
    else if (event.key === 'Escape' && query) setQuery('')
    else return
    event.preventDefault()
  }

  return (
    <div className="library-search">
      <input
        type="search"
        role="combobox"
        aria-label="Search the library"
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showing && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search readings, clusters, your notes…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      {showing && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Search results">
          {hits.length === 0 && <li className="muted search-empty">Nothing in the library matches “{query.trim()}”.</li>}
          {hits.map((hit, position) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${position}`}
              role="option"
              aria-selected={position === active}
              className="search-result"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(position)}
            >
              <span className="search-title">
                <SnippetText snippet={{ text: hit.title, highlights: highlightRanges(hit.title, hit.terms) }} />
              </span>
              <span className="search-label">{hit.label}</span>
              <span className="search-snippet">
                <SnippetText snippet={hit.snippet} />
              </span>
              {hit.fields.includes('notes') && <span className="badge">Found in {FIELD_LABELS.notes}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
