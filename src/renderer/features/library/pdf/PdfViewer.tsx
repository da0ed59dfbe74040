import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { Document, Outline, Page } from 'react-pdf'
import 'react-pdf/dist/Page/AnnotationLayer.css'
import 'react-pdf/dist/Page/TextLayer.css'
import { pagesContaining } from '../../../../shared/library/text-find'
import { api } from '../../../api'
import { plainTextOf, type PdfPage } from './page-text'
import { PageTextLayer } from './PageTextLayer'
import { PasswordPrompt } from './PasswordPrompt'
import { PDF_OPTIONS } from './pdfjs-setup'
import './pdf-viewer.css'
import { countOf } from '../../../../shared/plural'

type Fit = 'width' | 'page'
type Props = {
  fileName: string
  bytes: Uint8Array
  onSaveCopy: () => void
  /** How a page first fits the viewer: the page's width for reading, the whole page for a print preview. */
  fit?: Fit
}
type PdfProxy = {
  numPages: number
  getPage: (n: number) => Promise<PdfPage>
}
type Size = { width: number; height: number }
/** The latest page's size at 100%, for fitting the whole page. */
type PageBox = Size
/**
 * pdf.js's answer to a password request: a password to try, or an Error to give up. (react-pdf's
 * type leaves the Error out; an empty answer makes pdf.js try no password and ask again.)
 */
type PasswordRequest = { answer: (password: string | Error) => void; wrong: boolean }

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const
const [SMALLEST, LARGEST] = [ZOOMS[0], ZOOMS[ZOOMS.length - 1]!]

/**
 * A PDF inside the app: one page at a time, with page navigation (buttons, keyboard, page
 * number), zoom, find in document, and the document's outline when it has one. Links in the
 * PDF open in the system browser after main's checks; nothing in the PDF can navigate the app.
 */
export default function PdfViewer({ fileName, bytes, onSaveCopy, fit = 'width' }: Props) {
  // pdf.js takes ownership of the buffer it is given, so it gets its own copy.
  const file = useMemo(() => ({ data: bytes.slice() }), [bytes])
  const [pdf, setPdf] = useState<PdfProxy | null>(null)
  const [page, setPage] = useState(1)
  const [zoom, setZoom] = useState<number | Fit>(fit)
  const [failure, setFailure] = useState<string | null>(null)
  const [password, setPassword] = useState<PasswordRequest | null>(null)
  const [hasOutline, setHasOutline] = useState(false)
  const [query, setQuery] = useState('')
  const [matches, setMatches] = useState<number[] | null>(null)
  const [room, setRoom] = useState<Size>({ width: 800, height: 600 })
  const [pageBox, setPageBox] = useState<PageBox | null>(null)
  // A state ref: the stage appears only once the document has loaded, and the observer must follow it.
  const [stage, setStage] = useState<HTMLDivElement | null>(null)
  const pageTexts = useRef<Promise<string[]> | null>(null)
  const pages = pdf?.numPages ?? 0

  useEffect(() => {
    if (!stage) return
    const observer = new ResizeObserver(([entry]) => entry && setRoom({ width: Math.max(200, Math.floor(entry.contentRect.width)), height: Math.max(200, Math.floor(entry.contentRect.height)) }))
    observer.observe(stage)
    return () => observer.disconnect()
  }, [stage])

  // The page's own size: the whole page is fitted with it, and zooming steps on from the fitted size
  // (pdf.js caches pages, so this is quick).
  useEffect(() => {
    if (!pdf) return
    let live = true
    pdf.getPage(page).then(
      (loaded) => {
        const { width, height } = loaded.getViewport({ scale: 1 })
        if (live) setPageBox({ width, height })
      },
      () => live && setFailure('This page could not be drawn. The file may be damaged.')
    )
    return () => {
      live = false
    }
  }, [pdf, page])

  const go = useCallback((to: number) => setPage((current) => (pages ? Math.min(pages, Math.max(1, Math.round(to))) : current)), [pages])

  async function find(text: string) {
    if (!pdf || !text.trim()) return setMatches(null)
    pageTexts.current ??= Promise.all(
      Array.from({ length: pdf.numPages }, (_, index) =>
        pdf.getPage(index + 1).then(plainTextOf)
      )
    )
    const found = pagesContaining(await pageTexts.current, text)
    setMatches(found)
    const next = found.find((n) => n >= page) ?? found[0]
    if (next) go(next)
  }

  function step(direction: 1 | -1) {
    if (!matches?.length) return
    const next = direction === 1 ? matches.find((n) => n > page) ?? matches[0]! : [...matches].reverse().find((n) => n < page) ?? matches[matches.length - 1]!
    go(next)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target instanceof HTMLInputElement) return
    if (event.key === 'PageDown' || event.key === 'ArrowRight') go(page + 1)
    else if (event.key === 'PageUp' || event.key === 'ArrowLeft') go(page - 1)
    else if (event.key === 'Home') go(1)
    else if (event.key === 'End') go(pages)
    else return
    event.preventDefault()
  }

  // Links inside a PDF never navigate the app: web and mail links go to main's checked opener.
  function onClickCapture(event: MouseEvent<HTMLDivElement>) {
    const anchor = (event.target as Element).closest?.('a')
    const href = anchor?.getAttribute('href') ?? ''
    if (!anchor || href.startsWith('#') || href === '') return
    event.preventDefault()
    event.stopPropagation()
    if (/^(https?:|mailto:)/i.test(href)) void api.openExternal({ url: href }) // eng-disable OPEN_EXTERNAL_JS_CHECK
  }

  // Until a new page's size arrives the previous page's stands in (pages of a document are mostly
  // one size), so turning pages in "Whole page" never takes the page away.
  const wholePage = pageBox && Math.min(room.width / pageBox.width, room.height / pageBox.height)
  // How the page is sized; null while the whole page waits for the first page's size.
  const sizing = zoom === 'width' ? { width: room.width } : zoom === 'page' ? (wholePage ? { scale: wholePage } : null) : { scale: zoom }
  // The scale on screen now, so + and − step to the next zoom above or below what is shown.
  const shown = typeof zoom === 'number' ? zoom : zoom === 'page' ? wholePage : pageBox && room.width / pageBox.width
  const zoomIn = () => setZoom(ZOOMS.find((step) => step > (shown ?? 1) + 0.01) ?? LARGEST)
  const zoomOut = () => setZoom([...ZOOMS].reverse().find((step) => step < (shown ?? 1) - 0.01) ?? SMALLEST)

  return (
    <div className="pdf-viewer" aria-label={`PDF: ${fileName}`} role="region">
      <div className="pdf-toolbar" role="toolbar" aria-label="PDF tools">
        <button onClick={() => go(page - 1)} disabled={page <= 1} aria-label="Previous page">‹</button>
        <label className="pdf-page-input">
          <span className="sr-only">Page number</span>
          <input type="number" min={1} max={pages || 1} value={page} onChange={(event) => go(Number(event.target.value) || 1)} />
        </label>
        <span aria-live="polite" className="pdf-page-count">{pages ? `Page ${page} of ${pages}` : 'Opening…'}</span>
        <button onClick={() => go(page + 1)} disabled={!pages || page >= pages} aria-label="Next page">›</button>
        <span className="toolbar-gap" />
        <button onClick={zoomOut} disabled={shown !== null && shown <= SMALLEST + 0.01} aria-label="Zoom out">−</button>
        <button onClick={() => setZoom('width')} aria-pressed={zoom === 'width'}>{typeof zoom === 'number' ? `${Math.round(zoom * 100)}%` : 'Fit width'}</button>
        <button onClick={() => setZoom('page')} aria-pressed={zoom === 'page'}>Whole page</button>
        <button onClick={zoomIn} disabled={shown !== null && shown >= LARGEST - 0.01} aria-label="Zoom in">+</button>
        <span className="toolbar-gap" />
        <form
          className="pdf-find"
          role="search"
          onSubmit={(event) => {
            event.preventDefault()
            if (matches?.length) step(1)
            else void find(query)
          }}
        >
          <input type="search" aria-label="Find in document" placeholder="Find in document" value={query} onChange={(event) => { setQuery(event.target.value); setMatches(null) }} />
          <button type="submit">Find</button>
          {matches && (
            <span role="status" className="pdf-find-status">
              {matches.length === 0 ? 'Not found' : `On ${countOf(matches.length, 'page', 'pages')}`}
            </span>
          )}
          {matches && matches.length > 0 && <button type="button" onClick={() => step(-1)} aria-label="Previous match">↑</button>}
        </form>
        <button onClick={onSaveCopy}>Save a copy…</button>
      </div>
      <div className="pdf-body">
        {failure ? (
          <div className="panel panel-error" role="alert">
            <p>{failure}</p>
            <p>You can still save a copy and open it in another PDF reader.</p>
          </div>
        ) : (
          <Document
            file={file}
            options={PDF_OPTIONS}
            onLoadSuccess={(loaded) => {
              setPdf(loaded as unknown as PdfProxy)
              setPassword(null)
            }}
            onLoadError={(error) => setFailure(describePdfError(error))}
            onPassword={(answer, reason) => setPassword({ answer: answer as PasswordRequest['answer'], wrong: reason === 2 })}
            onItemClick={({ pageNumber }) => go(pageNumber)}
            loading={<p className="muted">Opening {fileName}…</p>}
            error={<span />}
            noData={<span />}
            className="pdf-document"
          >
            {pages > 0 && (
              <nav className={hasOutline ? 'pdf-outline' : 'pdf-outline is-empty'} aria-label="Document outline">
                <Outline onLoadSuccess={(outline) => setHasOutline(Boolean(outline?.length))} onItemClick={({ pageNumber }) => go(pageNumber)} />
              </nav>
            )}
            <div className={zoom === 'page' ? 'pdf-stage fit-page' : 'pdf-stage'} ref={setStage} tabIndex={0} onKeyDown={onKeyDown} onClickCapture={onClickCapture} aria-label={`Page ${page}`}>
              {pages > 0 && sizing && (
                <Page
                  pageNumber={page}
                  {...sizing}
                  renderAnnotationLayer
                  // Our own text layer (below): laid out in slices, with find marks made of DOM nodes.
                  renderTextLayer={false}
                  loading={<p className="muted">Drawing page {page}…</p>}
                  onRenderError={() => setFailure('This page could not be drawn. The file may be damaged.')}
                >
                  <PageTextLayer find={matches?.length ? query : ''} />
                </Page>
              )}
            </div>
          </Document>
        )}
      </div>
      <PasswordPrompt
        request={password}
        onCancel={() => {
          // Declined, not an empty password: null made pdf.js ask again, and the dialog could reopen
          // after Cancel (seen on a faster machine, where the new request came before the viewer closed).
          // Named as pdf.js names it, so a late load error still reads as a missing password.
          password?.answer(Object.assign(new Error('The password was not given.'), { name: 'PasswordException' }))
          setPassword(null)
          setFailure('This PDF is protected by a password. Open it again and enter the password to read it.')
        }}
      />
    </div>
  )
}

function describePdfError(error: Error): string {
  if (error.name === 'InvalidPDFException') return 'This file is damaged or is not really a PDF, so it cannot be shown.'
  if (error.name === 'PasswordException') return 'This PDF is protected by a password that was not given.'
  return `This PDF could not be opened (${error.message}).`
}
