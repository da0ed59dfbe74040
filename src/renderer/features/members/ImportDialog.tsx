import { useEffect, useMemo, useState } from 'react'
import type { ApiEventPayloads, ImportPreview } from '../../../shared/ipc'
import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../shared/members/csv-mapping'
import { describeEncoding, DELIMITER_LABELS, type ReadChoice } from '../../../shared/members/import-formats'
import type { ImportAnalysis } from '../../../shared/members/import-steps'
import { mapRows, type RowFixes } from '../../../shared/members/row-mapping'
import type { ValueMap } from '../../../shared/members/value-mapping'
import { placementLabel } from '../../../shared/pillars'
import { countOf } from '../../../shared/plural'
import { STAGE_LABELS } from '../../../shared/workspace/member'
import { api, errorMessage } from '../../api'
import { Modal } from '../../components/Modal'
import { useNotices } from '../../state/notices'
import { useSession } from '../../state/session-context'
import { ImportSourceBar } from './ImportSourceBar'
import { ImportSummaryView, type ImportSummary } from './ImportSummaryView'
import { RowProblemsList } from './RowProblemsList'
import { ValueMappingList } from './ValueMappingList'

const ANALYSE_DELAY_MS = 200

/** Import members from a spreadsheet: how it is read, which column is what, what values mean, rows to fix; one undoable step. */
export function ImportDialog({ preview, onClose }: { preview: ImportPreview | null; onClose: () => void }) {
  return (
    <Modal title="Import members" open={preview !== null} onClose={onClose} wide>
      {preview && <ImportSteps key={preview.importId} first={preview} onClose={onClose} />}
    </Modal>
  )
}

type Progress = ApiEventPayloads['onImportProgress'] | null

function ImportSteps({ first, onClose }: { first: ImportPreview; onClose: () => void }) {
  const { updateSession } = useSession()
  const { notify } = useNotices()
  const [preview, setPreview] = useState(first)
  const [mapping, setMapping] = useState<ColumnMapping>(first.mapping)
  const [values, setValues] = useState<ValueMap>({ pillar: {}, stage: {} })
  const [fixes, setFixes] = useState<RowFixes>({})
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null)
  const [importDuplicates, setImportDuplicates] = useState(false)
  const [remember, setRemember] = useState(true)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [rereading, setRereading] = useState(false)
  const [progress, setProgress] = useState<Progress>(null)

  // Values mapped in earlier imports count as recognised, in the preview as in the import.
  const known = useMemo(() => ({ pillar: { ...preview.values.pillar, ...values.pillar }, stage: { ...preview.values.stage, ...values.stage } }), [preview.values, values])
  const sample = useMemo(
    () => mapRows({ rows: preview.sample, rowNumbers: preview.sampleRows }, { mapping, values: known, fixes }, (() => { let n = 0; return () => `preview-${n++}` })()),
    [preview.sample, preview.sampleRows, mapping, known, fixes]
  )

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      api.analyseMemberImport({ importId: preview.importId, mapping, values, fixes }).then(
        (result) => current && setAnalysis(result),
        (error: unknown) => current && notify('error', errorMessage(error))
      )
    }, ANALYSE_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [preview, mapping, values, fixes, notify])

  useEffect(() => api.onImportProgress((next) => setProgress(next)), [])

  async function reread(choice: ReadChoice) {
    setRereading(true)
    try {
      const next = await api.rereadMemberImport({ importId: preview.importId, ...choice })
      setPreview(next)
      setMapping(next.mapping)
      setFixes({})
    } catch (error) {
      notify('error', errorMessage(error))
    } finally {
      setRereading(false)
    }
  }

  const choose = (field: ImportField, value: string) =>
    setMapping((current) => {
      const next = { ...current }
      if (value === '') delete next[field]
      else next[field] = Number(value)
      return next
    })

  async function commit() {
    setProgress({ phase: 'rows', done: 0, total: preview.rowCount })
    try {
      const result = await api.commitMemberImport({ importId: preview.importId, mapping, values, fixes, importDuplicates, remember })
      await updateSession(async () => result.session)
      setSummary({ imported: result.imported, duplicates: result.duplicates, rejected: result.rejected, warnings: result.warnings })
      notify('info', `Imported ${countOf(result.imported, 'member', 'members')} from ${preview.fileName}.`, { label: 'Undo', run: () => void updateSession(() => api.undo({})) })
    } catch (error) {
      notify('error', errorMessage(error))
    } finally {
      setProgress(null)
    }
  }

  if (summary) return <ImportSummaryView summary={summary} fileName={preview.fileName} importDuplicates={importDuplicates} onClose={onClose} />

  const { source } = preview
  const importable = analysis?.importable ?? preview.rowCount
  return (
    <div className="stack import-steps">
      <p className="muted">
        {preview.fileName}: {countOf(preview.rowCount, 'row', 'rows')}
        {preview.skippedRows > 0 && `, ${countOf(preview.skippedRows, 'blank or heading row', 'blank or heading rows')} left out`}
        {source.kind === 'csv' ? ` · ${describeEncoding(source.encoding, source.bom)} · ${DELIMITER_LABELS[source.delimiter]}-separated` : ` · sheet “${source.sheet}”`}
      </p>
      <ImportSourceBar source={source} busy={rereading || progress !== null} onChange={(choice) => void reread(choice)} />
      <h3 className="preview-title">Which column is what</h3>
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
      <div className="import-preview-scroll">
        <table className="import-preview">
          <thead>
            <tr><th scope="col">Row</th><th scope="col">Name</th><th scope="col">Pillar</th><th scope="col">Stage</th><th scope="col">City</th><th scope="col">Website</th></tr>
          </thead>
          <tbody>
            {sample.accepted.map(({ row, member }) => (
              <tr key={row}><td>{row}</td><td>{member.name}</td><td>{placementLabel(member.pillar)}</td><td>{STAGE_LABELS[member.stage]}</td><td>{member.city}</td><td>{member.website}</td></tr>
            ))}
            {sample.rejected.map((problem) => (
              <tr key={problem.row} className="rejected"><td>{problem.row}</td><td colSpan={5}>Will not be imported: {problem.reason}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {analysis && <ValueMappingList unknown={analysis.unknown} values={values} onChange={setValues} />}
      {analysis && <RowProblemsList analysis={analysis} fixes={fixes} onFix={(row, field, value) => setFixes((current) => ({ ...current, [row]: { ...current[row], [field]: value } }))} />}
      <label className="checkbox">
        <input type="checkbox" checked={importDuplicates} onChange={(event) => setImportDuplicates(event.target.checked)} />
        Also import rows that look like members already on the list
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
        Remember the values mapped here for the next import into this workspace
      </label>
      {analysis && analysis.unknown.length + analysis.errorCount > 0 && (
        <p className="muted" role="note">
          Before importing, check above: {[analysis.unknown.length && countOf(analysis.unknown.length, 'value', 'values') + ' to map', analysis.errorCount && countOf(analysis.errorCount, 'row', 'rows') + ' that will not be imported unless corrected'].filter(Boolean).join(' and ')}.
        </p>
      )}
      {progress ? (
        <div className="import-progress" role="status">
          <progress max={progress.total || 1} value={progress.done} />
          <span>{progress.phase === 'rows' ? 'Reading rows' : 'Looking for duplicates'}: {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')}</span>
          <button onClick={() => void api.cancelMemberImport({})}>Cancel import</button>
        </div>
      ) : (
        <div className="actions">
          <button onClick={onClose}>Cancel</button>
          <button className="primary" disabled={rereading || mapping.name === undefined} onClick={() => void commit()}>
            Import {countOf(importable, 'row', 'rows')}
          </button>
        </div>
      )}
      {mapping.name === undefined && <p className="field-error">Choose the column that holds the names.</p>}
    </div>
  )
}
