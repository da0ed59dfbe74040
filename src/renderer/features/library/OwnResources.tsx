import { useState, type DragEvent } from 'react'
import { LEVEL_LABELS } from '../../../shared/library/schema'
import { isRead, type OwnResource, type WorkspaceLibrary } from '../../../shared/library/workspace-library'
import { api, errorMessage } from '../../api'
import { useContextMenu } from '../../components/use-context-menu'
import { useNotices } from '../../state/notices'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import type { Navigate } from './library-view'
import { ReadToggle } from './ReadToggle'
import { ResourceForm } from './ResourceForm'

type Props = { library: WorkspaceLibrary; navigate: Navigate }

const isPdfFile = (file: File) => file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf')

/** Imports a PDF into the workspace (chosen in a dialog, or dropped) and opens it. */
export function useImportPdf(navigate: Navigate) {
  const { updateSession } = useSession()
  const { notify } = useNotices()
  return async (droppedPath: string | null) => {
    try {
      const result = await api.importLibraryPdf({ droppedPath })
      if ('cancelled' in result) return
      await updateSession(async () => result.session)
      if (result.alreadyPresent) notify('info', 'That PDF is already in the library; here it is.')
      navigate({ type: 'resource', id: result.resourceId })
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }
}

/** The team's own links and PDFs: add, open, edit, remove; PDFs can be dropped here. */
export function OwnResources({ library, navigate }: Props) {
  const { apply } = useSession()
  const { readOnly } = useOpenWorkspace()
  const { notify } = useNotices()
  const importPdf = useImportPdf(navigate)
  const [editing, setEditing] = useState<'new-link' | OwnResource | null>(null)
  const [dragging, setDragging] = useState(false)

  const resourceMenu = useContextMenu<OwnResource>('Resource actions', (resource) => {
    const read = isRead(library, resource.id)
    return [
      { label: 'Open', run: () => open(resource) },
      { label: read ? 'Mark as not read' : 'Mark as read', disabled: readOnly, run: () => apply({ type: 'library/mark', ids: [resource.id], read: !read, at: new Date().toISOString() }) },
      { label: 'Edit…', disabled: readOnly, run: () => setEditing(resource) },
      { separator: true },
      { label: 'Remove', danger: true, disabled: readOnly, run: () => apply({ type: 'library/remove-resource', id: resource.id }) }
    ]
  })

  function open(resource: OwnResource) {
    if (resource.kind === 'pdf') navigate({ type: 'resource', id: resource.id })
    else void api.openExternal({ url: resource.url }) // eng-disable OPEN_EXTERNAL_JS_CHECK
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    setDragging(false)
    const files = [...event.dataTransfer.files]
    if (files.length === 0) return
    event.preventDefault()
    event.stopPropagation()
    if (readOnly) return notify('error', 'This workspace is read-only, so nothing can be added to it.')
    const pdf = files.find(isPdfFile)
    if (!pdf) return notify('error', 'Only PDF files can be added to the library. Add other documents as links.')
    const path = api.pathForDroppedFile(pdf)
    if (!path) return notify('error', 'That file could not be read from where it was dropped. Use Import PDF… instead.')
    void importPdf(path)
  }

  return (
    <section
      aria-labelledby="own-title"
      className={dragging ? 'own-resources is-dragging' : 'own-resources'}
      onDragOver={(event) => {
        if (readOnly || ![...event.dataTransfer.items].some((item) => item.kind === 'file')) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="section-header">
        <h2 id="own-title">The team’s resources</h2>
        {!readOnly && (
          <div className="actions">
            <button onClick={() => setEditing('new-link')}>Add link…</button>
            <button onClick={() => void importPdf(null)}>Import PDF…</button>
          </div>
        )}
      </div>
      {library.resources.length === 0 ? (
        <p className="drop-hint">
          Add the documents your team relies on: a link, or a PDF kept inside the workspace. You can also drop PDF files here.
        </p>
      ) : (
        <ul className="resource-list">
          {library.resources.map((resource) => (
            <li key={resource.id} className={isRead(library, resource.id) ? 'resource is-read' : 'resource'}>
              <div className="path-item-text">
                <button className="path-item-title" {...resourceMenu.triggers(resource)} onClick={() => open(resource)} title={resource.kind === 'link' ? resource.url : resource.attachment.fileName}>
                  <span aria-hidden="true">{resource.kind === 'pdf' ? '📄 ' : '🔗 '}</span>
                  {resource.title}
                </button>
                <span className="path-item-meta">
                  {resource.kind === 'pdf' ? `PDF · ${formatBytes(resource.attachment.bytes)}` : new URL(resource.url).host}
                  {resource.level && ` · ${LEVEL_LABELS[resource.level]}`}
                </span>
                {resource.description && <span className="resource-description">{resource.description}</span>}
              </div>
              <span className="row-actions">
                <ReadToggle id={resource.id} title={resource.title} />
                {!readOnly && <button className="ghost" aria-label={`Edit ${resource.title}`} onClick={() => setEditing(resource)}>Edit</button>}
                {!readOnly && (
                  <button className="ghost danger" aria-label={`Remove ${resource.title}`} onClick={() => apply({ type: 'library/remove-resource', id: resource.id })}>
                    Remove
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && library.resources.length > 0 && <p className="drop-hint">Drop PDF files here to add them.</p>}
      {resourceMenu.menu}
      <ResourceForm editing={editing} onClose={() => setEditing(null)} />
    </section>
  )
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
