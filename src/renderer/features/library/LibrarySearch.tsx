import { useDeferredValue, useMemo, useState } from 'react'
import { highlightRanges } from '../../../shared/library/plain-text'
import type { LibrarySearch as SearchIndex, SearchHit } from '../../../shared/library/search'
import { Combobox } from '../../components/Combobox'
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
  const deferred = useDeferredValue(query)
  const hits = useMemo(() => index.search(deferred), [index, deferred])

  return (
    <div className="library-search">
      <Combobox
        label="Search the library"
        listLabel="Search results"
        placeholder="Search readings, clusters, your notes…"
        inputType="search"
        query={query}
        onQueryChange={setQuery}
        expanded={query.trim().length > 0}
        options={hits}
        optionKey={(hit) => `${hit.kind}:${hit.id}`}
        onChoose={(hit) => {
          setQuery('')
          open(hit, navigate)
        }}
        clearOnEscape
        empty={<>Nothing in the library matches “{query.trim()}”.</>}
        classes={{ list: 'search-results', option: 'search-result', empty: 'muted search-empty' }}
        renderOption={(hit) => (
          <>
            <span className="search-title">
              <SnippetText snippet={{ text: hit.title, highlights: highlightRanges(hit.title, hit.terms) }} />
            </span>
            <span className="search-label">{hit.label}</span>
            <span className="search-snippet">
              <SnippetText snippet={hit.snippet} />
            </span>
            {hit.fields.includes('notes') && <span className="badge">Found in {FIELD_LABELS.notes}</span>}
          </>
        )}
      />
    </div>
  )
}
