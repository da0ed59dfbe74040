import type { LibraryContent } from '../../../shared/library/schema'
import { markdownToPlainText } from '../../../shared/library/plain-text'
import type { WorkspaceLibrary } from '../../../shared/library/workspace-library'
import type { Navigate } from './library-view'
import { OwnResources } from './OwnResources'
import { ReadingPath } from './ReadingPath'

type Props = { content: LibraryContent; library: WorkspaceLibrary; navigate: Navigate }

/** The library's front page: the introduction first, then the reading path, exemplars, pillars and the team's own documents. */
export function LibraryHome({ content, library, navigate }: Props) {
  const intro = introductionTeaser(content.introduction)
  return (
    <div className="library-home">
      <section className="panel intro-card" aria-labelledby="intro-title">
        <h2 id="intro-title">New to clusters? Start here</h2>
        <p>{intro}</p>
        <div className="actions actions-left">
          <button className="primary" onClick={() => navigate({ type: 'introduction' })}>Read “What is a cluster?”</button>
          <button onClick={() => navigate({ type: 'pillars' })}>The five pillars</button>
        </div>
      </section>

      <ReadingPath content={content} library={library} navigate={navigate} />

      <section aria-labelledby="exemplars-title">
        <div className="section-header">
          <h2 id="exemplars-title">Exemplar clusters</h2>
          <button onClick={() => navigate({ type: 'compare', ids: [] })}>Compare clusters…</button>
        </div>
        <ul className="exemplar-grid">
          {content.exemplars.map((exemplar) => (
            <li key={exemplar.id}>
              <button className="exemplar-card" onClick={() => navigate({ type: 'exemplar', id: exemplar.id })}>
                <span className="exemplar-name">{exemplar.name}</span>
                <span className="muted">
                  {exemplar.country}
                  {exemplar.founded.year !== null && ` · since ${exemplar.founded.year}`}
                </span>
                <span className="exemplar-sector">{exemplar.sector.text}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <OwnResources library={library} navigate={navigate} />
    </div>
  )
}

/** The introduction's first paragraph, as plain text. */
function introductionTeaser(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/).find((block) => block.trim() && !block.trim().startsWith('#')) ?? ''
  return markdownToPlainText(paragraph)
}
