import { lazy, Suspense, useEffect, useState } from 'react'
import type { WorkspaceLibrary } from '../../../shared/library/workspace-library'
import { api, errorMessage } from '../../api'
import { useNotices } from '../../state/notices'
import { ExternalLink } from './FactList'
import { NotesEditor } from './NotesEditor'
import { formatBytes } from './OwnResources'
import { ReadToggle } from './ReadToggle'

// pdf.js is large; it loads the first time a PDF is opened, not at start-up.
const PdfViewer = lazy(() => import('./pdf/PdfViewer'))

type Loaded = { state: 'loading' } | { state: 'ready'; fileName: string; bytes: Uint8Array } | { state: 'failed'; reason: string }

/** One of the team's own resources: a PDF shown in the app, or a link; with read mark and notes. */
export function ResourcePage({ library, id }: { library: WorkspaceLibrary; id: string }) {
  const resource = library.resources.find((candidate) => candidate.id === id)
  const { notify } = useNotices()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const attachmentId = resource?.kind === 'pdf' ? resource.attachment.id : null

  useEffect(() => {
    if (!attachmentId) return
    let live = true
    api.readLibraryPdf({ resourceId: id }).then(
      (result) => live && setLoaded({ state: 'ready', ...result }),
      (error: unknown) => live && setLoaded({ state: 'failed', reason: errorMessage(error) })
    )
    return () => {
      live = false
    }
  }, [id, attachmentId])

  if (!resource) return <p className="panel panel-error">This resource was removed from the library.</p>

  async function saveCopy() {
    try {
      const { savedTo } = await api.saveLibraryPdfCopy({ resourceId: id })
      if (savedTo) notify('info', `Saved a copy to ${savedTo}.`)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  return (
    <article className="library-article library-wide" aria-labelledby="resource-title">
      <header className="article-header">
        <p className="eyebrow">{resource.kind === 'pdf' ? `Team PDF · ${resource.attachment.fileName} · ${formatBytes(resource.attachment.bytes)}` : 'Team link'}</p>
        <h1 id="resource-title">{resource.title}</h1>
        {resource.description && <p>{resource.description}</p>}
        <div className="article-actions">
          <ReadToggle id={resource.id} title={resource.title} />
          {resource.kind === 'link' && <ExternalLink url={resource.url}>Open {new URL(resource.url).host} ↗</ExternalLink>}
        </div>
      </header>
      {resource.kind === 'pdf' &&
        (loaded.state === 'loading' ? (
          <p className="muted">Opening {resource.attachment.fileName}…</p>
        ) : loaded.state === 'failed' ? (
          <div className="panel panel-error" role="alert">
            <p>{loaded.reason}</p>
          </div>
        ) : (
          <Suspense fallback={<p className="muted">Loading the PDF viewer…</p>}>
            <PdfViewer fileName={loaded.fileName} bytes={loaded.bytes} onSaveCopy={() => void saveCopy()} />
          </Suspense>
        ))}
      <NotesEditor id={resource.id} />
    </article>
  )
}
