import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { LibraryItem } from '../../../shared/library/schema'
import type { TemplateContent } from '../../../shared/strategy/template'
import { useOpenWorkspace } from '../../state/session-context'
import { useLibraryContent } from '../library/use-library-content'
import { CoverPanel } from './CoverPanel'
import { DocumentTab } from './DocumentTab'
import { InitiativesPanel } from './InitiativesPanel'
import { PlaceholderControl } from './PlaceholderControl'
import { ReferencesPanel } from './ReferencesPanel'
import { SnapshotsPanel } from './SnapshotsPanel'
import { useStrategyRendering } from './strategy-rendering'
import { TargetsPanel } from './TargetsPanel'
import { TemplatePicker } from './TemplatePicker'
import { useTemplates } from './use-templates'
import './strategy.css'

const TABS = [
  { id: 'document', label: 'Document' },
  { id: 'cover', label: 'Title page' },
  { id: 'targets', label: 'Targets and KPIs' },
  { id: 'initiatives', label: 'Initiatives' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'references', label: 'References' }
] as const
type TabId = (typeof TABS)[number]['id']

/** The strategy document: drafted from a template, filled with the workspace's own data. */
export default function StrategyPage() {
  const templates = useTemplates()
  const library = useLibraryContent()
  const { workspace } = useOpenWorkspace()
  const [choosing, setChoosing] = useState(false)

  if (templates.state === 'loading' || library.state === 'loading') return <p className="muted">Opening the strategy…</p>
  if (templates.state === 'failed') return <p className="panel panel-error" role="alert">The strategy templates could not be loaded: {templates.reason}</p>
  const items = library.state === 'ready' ? library.content.items : []

  return (
    <div className="strategy-page">
      <header className="strategy-toolbar">
        <h1>Strategy</h1>
        {workspace.strategy.started && !choosing && <PlaceholderControl />}
        {workspace.strategy.started && !choosing && <button onClick={() => setChoosing(true)}>Start again from a template…</button>}
      </header>
      {!workspace.strategy.started || choosing ? (
        <TemplatePicker templates={templates.content.templates} onCancel={choosing ? () => setChoosing(false) : undefined} />
      ) : (
        <StrategyWorkspace content={templates.content} items={items} />
      )}
    </div>
  )
}

function StrategyWorkspace({ content, items }: { content: TemplateContent; items: LibraryItem[] }) {
  const { workspace } = useOpenWorkspace()
  const [tab, setTab] = useState<TabId>('document')
  const [draft, setDraft] = useState<{ id: string; markdown: string } | undefined>(undefined)
  // Citation numbering re-reads the section being typed: deferred, so a keystroke paints first.
  const rendering = useStrategyRendering(workspace, items, useDeferredValue(draft))
  const template = useMemo(() => content.templates.find((t) => t.id === workspace.strategy.templateId) ?? null, [content.templates, workspace.strategy.templateId])
  const tabs = useRef<HTMLDivElement>(null)
  // Opening a section (or arriving from a long template list) must never leave the tabs scrolled out of sight above.
  const revealTabs = useCallback(() => {
    tabs.current?.scrollIntoView({ block: 'nearest' })
  }, [])

  return (
    <>
      <div className="tabs" role="tablist" aria-label="Strategy" ref={tabs}>
        {TABS.map((entry) => (
          <button key={entry.id} role="tab" id={`tab-${entry.id}`} aria-selected={tab === entry.id} aria-controls={`panel-${entry.id}`} onClick={() => setTab(entry.id)}>
            {entry.label}
            {entry.id === 'references' && rendering.references.length > 0 && ` (${rendering.references.length})`}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'document' && <DocumentTab template={template} items={items} rendering={rendering.options} onDraft={setDraft} onOpenSection={revealTabs} />}
        {tab === 'cover' && <CoverPanel />}
        {tab === 'targets' && <TargetsPanel indicators={content.indicators} />}
        {tab === 'initiatives' && <InitiativesPanel />}
        {tab === 'snapshots' && <SnapshotsPanel />}
        {tab === 'references' && <ReferencesPanel references={rendering.references} />}
      </div>
    </>
  )
}
