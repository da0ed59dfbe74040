import MiniSearch, { type SearchResult } from 'minisearch'
import { foldText } from '../fold-text'
import { PILLAR_INFO } from '../pillars'
import { markdownToPlainText, snippetAround, type Snippet } from './plain-text'
import { KIND_LABELS, LEVEL_LABELS, type Exemplar, type LibraryContent, type LibraryItem } from './schema'
import { noteFor, type OwnResource, type WorkspaceLibrary } from './workspace-library'

/**
 * Full-text search over the whole library: curated items, exemplar profiles, the team's own
 * resources, and the team's notes on any of them. Built with MiniSearch (prefix, typo and accent
 * tolerant); the caller rebuilds the index when the workspace's library changes.
 */
export type SearchHitKind = 'item' | 'exemplar' | 'resource'
export type SearchField = 'title' | 'by' | 'tags' | 'body' | 'notes'

export type SearchHit = {
  kind: SearchHitKind
  id: string
  title: string
  /** What kind of thing this is, for the result list: "Reading · Introductory". */
  label: string
  snippet: Snippet
  /** Where the words were found, for "found in your notes". */
  fields: SearchField[]
  /** The indexed words that matched (after prefix and typo matching), for highlighting. */
  terms: string[]
  score: number
}

type IndexedDoc = { key: string; kind: SearchHitKind; id: string; title: string; label: string; by: string; tags: string; body: string; notes: string }

const FIELDS: SearchField[] = ['title', 'by', 'tags', 'body', 'notes']

function itemDoc(item: LibraryItem, library: WorkspaceLibrary): IndexedDoc {
  const tags = [
    ...item.tags.pillars.map((pillar) => PILLAR_INFO[pillar].label),
    ...item.tags.sectors,
    ...item.tags.regions,
    KIND_LABELS[item.kind],
    LEVEL_LABELS[item.level]
  ]
  const body = [
    item.year?.toString() ?? '',
    markdownToPlainText(item.summary),
    ...item.facts.map((fact) => fact.text),
    ...item.corrections.map((c) => c.finding)
  ]
  return {
    key: `item:${item.id}`,
    kind: 'item',
    id: item.id,
    title: item.title,
    label: `${KIND_LABELS[item.kind]} · ${LEVEL_LABELS[item.level]}`,
    by: [...item.authors, item.organisation ?? ''].filter(Boolean).join(', '),
    tags: tags.join(' · '),
    body: body.filter(Boolean).join(' '),
    notes: markdownToPlainText(noteFor(library, item.id)?.markdown ?? '')
  }
}

function exemplarDoc(exemplar: Exemplar, library: WorkspaceLibrary): IndexedDoc {
  const facts = [exemplar.region, exemplar.founded, exemplar.sector, exemplar.governance, ...exemplar.members, ...exemplar.targets, ...exemplar.funding, ...exemplar.programmes]
  return {
    key: `exemplar:${exemplar.id}`,
    kind: 'exemplar',
    id: exemplar.id,
    title: exemplar.name,
    label: `Exemplar cluster · ${exemplar.country}`,
    by: '',
    tags: [exemplar.country, exemplar.sector.text].join(' · '),
    body: facts.map((fact) => fact.text).join(' '),
    notes: markdownToPlainText(noteFor(library, exemplar.id)?.markdown ?? '')
  }
}

function resourceDoc(resource: OwnResource, library: WorkspaceLibrary): IndexedDoc {
  return {
    key: `resource:${resource.id}`,
    kind: 'resource',
    id: resource.id,
    title: resource.title,
    label: resource.kind === 'pdf' ? 'Team PDF' : 'Team link',
    by: '',
    tags: [resource.level ? LEVEL_LABELS[resource.level] : '', resource.kind === 'pdf' ? resource.attachment.fileName : resource.url].join(' '),
    body: markdownToPlainText(resource.description),
    notes: markdownToPlainText(noteFor(library, resource.id)?.markdown ?? '')
  }
}

export type LibrarySearch = { search: (query: string, limit?: number) => SearchHit[]; size: number }

export function buildLibrarySearch(content: LibraryContent, library: WorkspaceLibrary): LibrarySearch {
  const index = new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: FIELDS,
    // Accents and case do not matter: "Sao Paulo" finds "São Paulo", as the map filter does.
    processTerm: (term) => foldText(term),
    storeFields: ['kind', 'id', 'title', 'label', 'by', 'tags', 'body', 'notes'],
    searchOptions: {
      boost: { title: 4, by: 3, tags: 2, notes: 1.5, body: 1 },
      prefix: true,
      // Typo tolerance for words of four letters or more: one edit per four letters, at most two.
      fuzzy: (term) => (term.length >= 4 ? Math.min(2, Math.floor(term.length / 4)) : false),
      combineWith: 'AND'
    }
  })
  index.addAll([
    ...content.items.map((item) => itemDoc(item, library)),
    ...content.exemplars.map((exemplar) => exemplarDoc(exemplar, library)),
    ...library.resources.map((resource) => resourceDoc(resource, library))
  ])

  function search(query: string, limit = 30): SearchHit[] {
    const trimmed = query.trim()
    if (!trimmed) return []
    return index
      .search(trimmed)
      .slice(0, limit)
      .map((result) => toHit(result))
  }
  return { search, size: index.documentCount }
}

function toHit(result: SearchResult): SearchHit {
  const doc = result as unknown as SearchResult & IndexedDoc
  const fields = new Set<SearchField>()
  for (const matched of Object.values(result.match)) for (const field of matched) fields.add(field as SearchField)
  // Show where the words were found: the body or notes give the best context; a title-only hit shows the summary's start.
  const field = (['body', 'notes', 'by', 'tags'] as const).find((f) => fields.has(f)) ?? 'body'
  const source = doc[field] || doc.body
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    label: doc.label,
    snippet: snippetAround(source, result.terms),
    fields: FIELDS.filter((f) => fields.has(f)),
    terms: result.terms,
    score: result.score
  }
}
