import type { LibraryContent } from '../../../shared/library/schema'
import { PILLAR_INFO } from '../../../shared/pillars'
import { MarkdownView } from '../../components/RichText'
import type { Navigate } from './library-view'

/** The five pillars: what each brings to a cluster, with examples from the exemplars. */
export function PillarGuide({ content, navigate }: { content: LibraryContent; navigate: Navigate }) {
  const nameOf = (id: string) => content.exemplars.find((exemplar) => exemplar.id === id)?.name ?? id
  return (
    <article className="library-article" aria-labelledby="pillars-title">
      <h1 id="pillars-title">The five pillars of a cluster</h1>
      {content.pillars.map((guide) => (
        <section key={guide.pillar} className={`pillar-guide pillar-${guide.pillar}`} aria-labelledby={`pillar-${guide.pillar}`}>
          <h2 id={`pillar-${guide.pillar}`}>{PILLAR_INFO[guide.pillar].label}</h2>
          <MarkdownView source={guide.brings} />
          {guide.examples.length > 0 && (
            <ul className="pillar-examples">
              {guide.examples.map((example, index) => (
                <li key={index}>
                  <button className="link-button" onClick={() => navigate({ type: 'exemplar', id: example.exemplarId })}>
                    {nameOf(example.exemplarId)}
                  </button>
                  : {example.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  )
}
