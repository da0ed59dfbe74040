import { lazy, Suspense, useEffect, useState } from 'react'
import type { MissingGlyph } from '../../../shared/export/glyph-coverage'
import { EXPORT_KINDS, EXPORT_KIND_LABELS, MARGINS, ORIENTATIONS, PAGE_SIZES, type ExportKind, type ExportPhase, type PdfOptions } from '../../../shared/export/options'
import { unknownPlaceholders, type UnknownPlaceholder } from '../../../shared/strategy/placeholders'
import { api, ApiError, errorMessage } from '../../api'
import { UnknownPlaceholderList } from '../strategy/UnknownPlaceholders'
import { useNotices } from '../../state/notices'
import { usePreferences } from '../../state/preferences'
import { useOpenWorkspace } from '../../state/session-context'
import './export.css'
import { countOf } from '../../../shared/plural'

// The same hardened viewer as the library's PDFs; not in the start-up bundle.
const loadViewer = () => import('../library/pdf/PdfViewer')
const PdfViewer = lazy(loadViewer)

const KIND_HELP: Record<ExportKind, string> = {
  strategy: 'Cover, contents, every written section with your data filled in, KPIs, initiatives, the pillar map and references.',
  'pillar-map': 'The five pillars side by side with counts and a legend; large maps flow onto further pages.',
  directory: 'Every member by pillar, with role, stage, sector, place and website.',
  dossier: 'One PDF for stakeholders: strategy, pillar map, KPIs, member directory and reading list.'
}
const PHASE_LABELS: Record<ExportPhase, string> = {
  layout: 'Laying out pages…',
  contents: 'Writing the contents…',
  finishing: 'Finishing…',
  done: 'Done',
  cancelled: 'Cancelled'
}

type Result = { jobId: number; fileName: string; pages: number; bytes: Uint8Array; savedTo: string | null }
type Step = { state: 'idle' } | { state: 'placeholders'; unknown: UnknownPlaceholder[] } | { state: 'warning'; missing: MissingGlyph[] } | { state: 'rendering'; phase: ExportPhase | null } | { state: 'ready'; result: Result }

/** Print-ready PDFs: choose what and how, check the characters, create off the UI thread, preview, save. */
export default function ExportPage() {
  const { workspace } = useOpenWorkspace()
  const { notify } = useNotices()
  const { markExported } = usePreferences()
  const [kind, setKind] = useState<ExportKind>(workspace.strategy.started ? 'strategy' : 'pillar-map')
  const [options, setOptions] = useState<PdfOptions>({ size: 'A4', orientation: 'portrait', margins: 'normal' })
  const [snapshotId, setSnapshotId] = useState<string | null>(null)
  const [withComments, setWithComments] = useState(false)
  const [step, setStep] = useState<Step>({ state: 'idle' })
  const usesStrategy = kind === 'strategy' || kind === 'dossier'

  // The viewer's code (pdf.js) is slow to compile and start: done while the page is idle,
  // not in the moment the first preview appears.
  useEffect(() => {
    const handle = requestIdleCallback(() => void loadViewer().catch(() => undefined))
    return () => cancelIdleCallback(handle)
  }, [])
  useEffect(() => api.onExportProgress(({ phase }) => setStep((current) => (current.state === 'rendering' ? { state: 'rendering', phase } : current))), [])

  /** Placeholders no data fills, in the version of the strategy being exported. */
  function unknownInExport(): UnknownPlaceholder[] {
    if (!usesStrategy) return []
    const snapshot = snapshotId ? workspace.strategy.snapshots.find((candidate) => candidate.id === snapshotId) : null
    return unknownPlaceholders(snapshot ? snapshot.sections : workspace.strategy.started ? workspace.strategy.sections : [])
  }

  async function create(skipCheck = false, placeholdersSeen = false) {
    const request = { kind, snapshotId: usesStrategy ? snapshotId : null, comments: usesStrategy && withComments }
    if (!skipCheck && !placeholdersSeen) {
      const unknown = unknownInExport()
      if (unknown.length > 0) return setStep({ state: 'placeholders', unknown })
    }
    try {
      if (!skipCheck) {
        const { missing } = await api.checkExport(request)
        if (missing.length > 0) return setStep({ state: 'warning', missing })
      }
      setStep({ state: 'rendering', phase: null })
      const result = await api.renderExport({ ...request, options })
      setStep({ state: 'ready', result: { ...result, savedTo: null } })
    } catch (error) {
      setStep({ state: 'idle' })
      if (!(error instanceof ApiError && error.code === 'cancelled')) notify('error', errorMessage(error))
    }
  }

  async function save(result: Result) {
    try {
      const { savedTo } = await api.saveExport({ jobId: result.jobId })
      if (savedTo) {
        setStep({ state: 'ready', result: { ...result, savedTo } })
        markExported(workspace.id)
      }
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  async function saveWord() {
    const request = { kind, snapshotId: usesStrategy ? snapshotId : null, comments: usesStrategy && withComments }
    try {
      const { savedTo } = await api.saveWordExport(request)
      if (savedTo) notify('info', `Saved the Word document to ${savedTo}`)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  const reveal = (result: Result, action: 'open' | 'show') => api.revealExport({ jobId: result.jobId, action }).catch((error: unknown) => notify('error', errorMessage(error)))
  const set = <K extends keyof PdfOptions>(key: K, value: PdfOptions[K]) => setOptions((current) => ({ ...current, [key]: value }))
  const busy = step.state === 'rendering'

  return (
    <div className="export-page">
      <h1>Export</h1>
      <div className="export-form">
        <fieldset className="export-kinds" disabled={busy}>
          <legend>What to export</legend>
          {EXPORT_KINDS.map((candidate) => (
            <label key={candidate} className={candidate === kind ? 'kind-option is-chosen' : 'kind-option'}>
              <input type="radio" name="kind" value={candidate} checked={candidate === kind} onChange={() => setKind(candidate)} />
              <span className="kind-name">{EXPORT_KIND_LABELS[candidate]}</span>
              <span className="kind-help">{KIND_HELP[candidate]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-options" disabled={busy}>
          <legend>Paper</legend>
          <label className="field">
            <span>Page size</span>
            <select value={options.size} onChange={(event) => set('size', event.target.value as PdfOptions['size'])}>
              {PAGE_SIZES.map((size) => <option key={size}>{size}</option>)}
            </select>
          </label>
          <label className="field">
            <span>Orientation</span>
            <select value={options.orientation} onChange={(event) => set('orientation', event.target.value as PdfOptions['orientation'])}>
              {ORIENTATIONS.map((orientation) => <option key={orientation} value={orientation}>{orientation === 'portrait' ? 'Portrait' : 'Landscape'}</option>)}
            </select>
          </label>
          <label className="field">
            <span>Margins</span>
            <select value={options.margins} onChange={(event) => set('margins', event.target.value as PdfOptions['margins'])}>
              {MARGINS.map((margin) => <option key={margin} value={margin}>{margin[0]!.toUpperCase() + margin.slice(1)}</option>)}
            </select>
          </label>
          {usesStrategy && workspace.strategy.snapshots.length > 0 && (
            <label className="field">
              <span>Version of the strategy</span>
              <select value={snapshotId ?? ''} onChange={(event) => setSnapshotId(event.target.value || null)}>
                <option value="">Current draft</option>
                {workspace.strategy.snapshots.map((snapshot) => <option key={snapshot.id} value={snapshot.id}>{snapshot.name}</option>)}
              </select>
            </label>
          )}
          {usesStrategy && workspace.comments.length > 0 && (
            <label className="checkbox" title="Comments never print unless you ask for them here">
              <input type="checkbox" checked={withComments} onChange={(event) => setWithComments(event.target.checked)} />
              <span>Comments appendix (the team’s comments, at the end)</span>
            </label>
          )}
          {usesStrategy && !workspace.strategy.started && kind === 'strategy' && <p className="hint">Start the strategy (in Strategy) to export it.</p>}
          <div className="actions actions-left">
            <button className="primary" disabled={busy} onClick={() => void create()}>Create PDF</button>
            <button disabled={busy} onClick={() => void saveWord()} title="A .docx for partners who edit in Word or LibreOffice">Save as Word…</button>
            {busy && <button onClick={() => void api.cancelExport({})}>Cancel</button>}
          </div>
          {busy && (
            <p role="status" className="export-progress">
              <span className="spinner" aria-hidden="true" /> {step.phase ? PHASE_LABELS[step.phase] : 'Preparing…'}
            </p>
          )}
        </fieldset>
      </div>

      {step.state === 'placeholders' && (
        <section className="panel banner-warn" role="alert" aria-labelledby="placeholders-title">
          <h2 id="placeholders-title">Some placeholders have no data</h2>
          <p>The app knows no data by these names, often a typo. Fix them in Strategy, or print them marked as unknown so a reader sees something is missing.</p>
          <UnknownPlaceholderList unknown={step.unknown} withSection />
          <div className="actions actions-left">
            <button onClick={() => setStep({ state: 'idle' })}>Cancel and fix them</button>
            <button className="primary" onClick={() => void create(false, true)}>Print them marked</button>
          </div>
        </section>
      )}

      {step.state === 'warning' && (
        <section className="panel banner-warn" role="alert" aria-labelledby="glyph-title">
          <h2 id="glyph-title">Some characters cannot be printed</h2>
          <p>The PDF fonts have no shapes for these characters, so they would show as empty boxes. Change the text, or create the PDF anyway.</p>
          <ul>
            {step.missing.map((glyph) => (
              <li key={glyph.codePoint}>
                “{glyph.character}” ({glyph.codePoint}) in “{glyph.example}”
              </li>
            ))}
          </ul>
          <div className="actions actions-left">
            <button onClick={() => setStep({ state: 'idle' })}>Cancel</button>
            <button className="primary" onClick={() => void create(true)}>Create anyway</button>
          </div>
        </section>
      )}

      {step.state === 'ready' && (
        <section aria-labelledby="preview-title" className="export-result">
          <div className="section-header">
            <h2 id="preview-title">Preview: {step.result.fileName}</h2>
            <span className="muted">{countOf(step.result.pages, 'page', 'pages')}</span>
            <div className="actions">
              <button className="primary" onClick={() => void save(step.result)}>Save PDF…</button>
              {step.result.savedTo && <button onClick={() => void reveal(step.result, 'open')}>Open</button>}
              {step.result.savedTo && <button onClick={() => void reveal(step.result, 'show')}>Show in folder</button>}
            </div>
          </div>
          {step.result.savedTo && <p role="status" className="saved-to">Saved to {step.result.savedTo}</p>}
          <Suspense fallback={<p className="muted">Loading the preview…</p>}>
            {/* Keyed by export: a new PDF starts at page 1 with fresh find results. */}
            <PdfViewer key={step.result.jobId} fit="page" fileName={step.result.fileName} bytes={step.result.bytes} onSaveCopy={() => void save(step.result)} />
          </Suspense>
        </section>
      )}
    </div>
  )
}
