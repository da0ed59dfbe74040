import { KIND_LABELS, LEVEL_LABELS, type LibraryContent } from '../../../shared/library/schema'
import { PILLAR_INFO } from '../../../shared/pillars'
import { MarkdownView } from '../../components/RichText'
import { ExternalLinks, FactList, SourceList } from './FactList'
import type { Navigate } from './library-view'
import { NotesEditor } from './NotesEditor'
import { ReadToggle } from './ReadToggle'

type Props = { content: LibraryContent; id: string; navigate: Navigate }

/** One reading: who wrote it, our summary, the checked facts with sources, and the team's notes. */
export function ItemPage({ content, id, navigate }: Props) {
  const item = content.items.find((candidate) => candidate.id === id)
  if (!item) return <p className="panel panel-error">This library entry no longer exists.</p>
  const exemplar = content.exemplars.find((candidate) => candidate.id === item.exemplarId)
  const by = [item.authors.join(', '), item.organisation].filter(Boolean).join(' · ')

  return (
    <article className="library-article" aria-labelledby="item-title">
      <header className="article-header">
        <p className="eyebrow">
          {KIND_LABELS[item.kind]} · {LEVEL_LABELS[item.level]}
          {item.year !== null && ` · ${item.year}`}
        </p>
        <h1 id="item-title">{item.title}</h1>
        {by && <p className="byline">{by}</p>}
        {item.pageTitle && item.pageTitle.toLowerCase() !== item.title.toLowerCase() && <p className="muted">Listed on the source page as “{item.pageTitle}”.</p>}
        <div className="article-actions">
          <ReadToggle id={item.id} title={item.title} />
          <ExternalLinks links={item.links} />
        </div>
      </header>

      <section aria-label="Summary" className="article-summary">
        <MarkdownView source={item.summary} />
      </section>

      {item.corrections.length > 0 && (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections to the source page</h2>
          <ul>
            {item.corrections.map((correction, index) => (
              <li key={index}>
                <p>
                  <span className="muted">The page says:</span> {correction.claim}
                </p>
                <p>
                  <strong>What we found:</strong> {correction.finding}
                  <SourceList sources={correction.sources} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts and sources</h2>
        <FactList facts={item.facts} />
      </section>

      <section className="tag-row" aria-label="Tags">
        {item.tags.pillars.map((pillar) => (
          <span key={pillar} className={`tag tag-${pillar}`}>{PILLAR_INFO[pillar].label}</span>
        ))}
        {[...item.tags.sectors, ...item.tags.regions].map((tag) => (
          <span key={tag} className="tag">{tag}</span>
        ))}
      </section>

      {exemplar && (
        <p>
          <button className="link-button" onClick={() => navigate({ type: 'exemplar', id: exemplar.id })}>
            Profile of {exemplar.name} →
          </button>
        </p>
      )}

      <NotesEditor id={item.id} />
    </article>
  )
}
