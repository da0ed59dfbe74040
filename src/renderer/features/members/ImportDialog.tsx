import { useMemo, useState } from 'react'
import { FIELD_LABELS, IMPORT_FIELDS, mapRows, type ColumnMapping, type ImportField } from '../../../shared/members/csv-mapping'
import type { ApiResponses, ImportPreview } from '../../../shared/ipc'
import { placementLabel } from '../../../shared/pillars'
import { STAGE_LABELS } from '../../../shared/workspace/member'
import { api, errorMessage } from '../../api'
import { Modal } from '../../components/Modal'
import { useNotices } from '../../state/notices'
import { useSession } from '../../state/session-context'

type Summary = Omit<ApiResponses['commitMemberImport'], 'session'>

/** Import members from a spreadsheet: check the columns, see a preview, import as one undoable step. */
export function ImportDialog({ preview, onClose }: { preview: ImportPreview | null; onClose: () => void }) {
  return (
    <Modal title="Import members" open={preview !== null} onClose={onClose} wide>
      {preview && <ImportSteps key={preview.importId} preview={preview} onClose={onClose} />}
    </Modal>
  )
}

function ImportSteps({ preview, onClose }: { preview: ImportPreview; onClose: () => void }) {
  const { updateSession } = useSession()
  const { notify } = useNotices()
  const [mapping, setMapping] = useState<ColumnMapping>(preview.mapping)
  const [importDuplicates, setImportDuplicates] = useState(false)
  const [summary, setSummary] = useState<Summary | null>(null)
  const [busy, setBusy] = useState(false)

  const sample = useMemo(() => mapRows(preview.sample, mapping, (() => { let n = 0; return () => `preview-${n++}` })()), [preview.sample, mapping])

  const choose = (field: ImportField, value: string) =>
    setMapping((current) => {
      const next = { ...current }
      if (value === '') delete next[field]
      else next[field] = Number(value)
      return next
    })

  async function commit() {
    setBusy(true)
    try {
      const result = await api.commitMemberImport({ importId: preview.importId, mapping, importDuplicates })
      await updateSession(async () => result.session)
      setSummary({ imported: result.imported, duplicates: result.duplicates, rejected: result.rejected })
      notify('info', `Imported ${result.imported} members from ${preview.fileName}.`, { label: 'Undo', run: () => void updateSession(() => api.undo({})) })
    } catch (error) {
      notify('error', errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  if (summary) {
    return (
      <div className="stack import-summary">
        <p role="status">
          <strong>Imported {summary.imported} members</strong> from {preview.fileName}. Undo with Ctrl+Z (⌘Z on a Mac) if that was not what you wanted.
        </p>
        {summary.duplicates.length > 0 && (
          <details open>
            <summary>{importDuplicates ? `${summary.duplicates.length} rows look like members already on the list (imported anyway)` : `${summary.duplicates.length} rows skipped: they look like members already on the list`}</summary>
            <ul>{summary.duplicates.map((d) => <li key={d.row}>Row {d.row}: {d.name} ({d.reason} as {d.matches})</li>)}</ul>
          </details>
        )}
        {summary.rejected.length > 0 && (
          <details open>
            <summary>{summary.rejected.length} rows not imported</summary>
            <ul>{summary.rejected.map((r) => <li key={r.row}>Row {r.row}: {r.reason}</li>)}</ul>
          </details>
        )}
        <div className="actions"><button className="primary" onClick={onClose}>Done</button></div>
      </div>
    )
  }

  return (
    <div className="stack">
      <p className="muted">
        {preview.fileName}: {preview.rowCount} rows, {preview.encoding}, separated by {preview.delimiter === '\t' ? 'tabs' : `“${preview.delimiter}”`}. Check which column fills each field.
      </p>
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{FIELD_LABELS[field]}</span>
            <select value={mapping[field] ?? ''} onChange={(event) => choose(field, event.target.value)}>
              <option value="">(not in the file)</option>
              {preview.headers.map((header, index) => (
                <option key={index} value={index}>{header || `Column ${index + 1}`}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h3 className="preview-title">Preview of the first rows</h3>
      <table className="import-preview">
        <thead>
          <tr><th scope="col">Row</th><th scope="col">Name</th><th scope="col">Pillar</th><th scope="col">Stage</th><th scope="col">Sector</th></tr>
        </thead>
        <tbody>
          {sample.accepted.map(({ row, member }) => (
            <tr key={row}><td>{row}</td><td>{member.name}</td><td>{placementLabel(member.pillar)}</td><td>{STAGE_LABELS[member.stage]}</td><td>{member.sector}</td></tr>
          ))}
          {sample.rejected.map((problem) => (
            <tr key={problem.row} className="rejected"><td>{problem.row}</td><td colSpan={4}>Will not be imported: {problem.reason}</td></tr>
          ))}
        </tbody>
      </table>
      <label className="checkbox">
        <input type="checkbox" checked={importDuplicates} onChange={(event) => setImportDuplicates(event.target.checked)} />
        Also import rows that look like members already on the list
      </label>
      <div className="actions">
        <button onClick={onClose}>Cancel</button>
        <button className="primary" disabled={busy || mapping.name === undefined} onClick={() => void commit()}>
          Import {preview.rowCount} rows
        </button>
      </div>
      {mapping.name === undefined && <p className="field-error">Choose the column that holds the names.</p>}
    </div>
  )
}
