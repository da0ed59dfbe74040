import { useCallback, useEffect, useMemo, useState } from 'react'
import { buildLibrarySearch } from '../../../shared/library/search'
import { MarkdownView } from '../../components/RichText'
import { useOpenWorkspace } from '../../state/session-context'
import { CompareExemplars } from './CompareExemplars'
import { ExemplarPage } from './ExemplarPage'
import { ItemPage } from './ItemPage'
import { LibraryHome } from './LibraryHome'
import { LibrarySearch } from './LibrarySearch'
import type { LibraryView } from './library-view'
import { MAX_COMPARED } from './library-view'
import { onLibraryIntent, takeLibraryIntent } from './library-intent'
import { PillarGuide } from './PillarGuide'
import { ResourcePage } from './ResourcePage'
import { useLibraryContent } from './use-library-content'
import './library.css'

/** The resource library: reading path, search, readings, exemplars, pillars and the team's documents. */
export default function LibraryPage() {
  const loaded = useLibraryContent()
  const { workspace } = useOpenWorkspace()
  const library = workspace.library
  const [history, setHistory] = useState<LibraryView[]>(() => {
    const requested = takeLibraryIntent()
    return requested && requested.type !== 'home' ? [{ type: 'home' }, requested] : [{ type: 'home' }]
  })
  useEffect(
    () =>
      onLibraryIntent(() => {
        const requested = takeLibraryIntent()
        if (requested?.type === 'home') setHistory([requested])
        else if (requested) setHistory((current) => [...current, requested])
      }),
    []
  )
  const view = history[history.length - 1]!
  const navigate = useCallback((next: LibraryView) => {
    setHistory((current) => [...current, next])
    document.getElementById('content')?.scrollTo({ top: 0 })
  }, [])
  const back = () => setHistory((current) => (current.length > 1 ? current.slice(0, -1) : current))
  const home = () => setHistory([{ type: 'home' }])
  // Rebuilt when the team's notes or resources change, so search always sees the latest note.
  const content = loaded.state === 'ready' ? loaded.content : null
  const index = useMemo(() => (content ? buildLibrarySearch(content, library) : null), [content, library])

  if (loaded.state === 'loading') return <p className="muted">Opening the library…</p>
  if (loaded.state === 'failed' || !content || !index)
    return <p className="panel panel-error" role="alert">The library could not be opened: {loaded.state === 'failed' ? loaded.reason : 'unknown problem'}</p>

  const compareWith = (id: string) => navigate({ type: 'compare', ids: [id] })
  const setCompared = (ids: string[]) => setHistory((current) => [...current.slice(0, -1), { type: 'compare', ids: ids.slice(0, MAX_COMPARED) }])

  return (
    <div className="library-page">
      <header className="library-toolbar">
        {view.type === 'home' ? (
          <h1>Library</h1>
        ) : (
          <nav aria-label="Library navigation" className="library-crumbs">
            <button className="ghost" onClick={back}>← Back</button>
            <button className="link-button" onClick={home}>Library home</button>
          </nav>
        )}
        <LibrarySearch index={index} navigate={navigate} />
      </header>
      {view.type === 'home' && <LibraryHome content={content} library={library} navigate={navigate} />}
      {view.type === 'introduction' && (
        <article className="library-article" aria-labelledby="intro-heading">
          <h1 id="intro-heading">{splitTitle(content.introduction).title}</h1>
          <MarkdownView source={splitTitle(content.introduction).body} />
          <p>
            <button className="link-button" onClick={() => navigate({ type: 'pillars' })}>Next: the five pillars →</button>
          </p>
        </article>
      )}
      {view.type === 'item' && <ItemPage key={view.id} content={content} id={view.id} navigate={navigate} />}
      {view.type === 'exemplar' && <ExemplarPage key={view.id} content={content} id={view.id} navigate={navigate} onCompare={compareWith} />}
      {view.type === 'compare' && <CompareExemplars content={content} ids={view.ids} onChange={setCompared} navigate={navigate} />}
      {view.type === 'pillars' && <PillarGuide content={content} navigate={navigate} />}
      {view.type === 'resource' && <ResourcePage key={view.id} library={library} id={view.id} />}
    </div>
  )
}

/** The introduction's "# Title" becomes the page's h1; the rest is its body. */
function splitTitle(markdown: string): { title: string; body: string } {
  const match = /^#\s+(.+)\n/.exec(markdown.trimStart())
  return match ? { title: match[1]!.trim(), body: markdown.trimStart().slice(match[0].length) } : { title: 'What is a cluster?', body: markdown }
}
