import type { ApiResponses } from '../../../shared/ipc'
import { countOf } from '../../../shared/plural'

export type ImportSummary = Omit<ApiResponses['commitMemberImport'], 'session'>

/** What an import did: how many came in, which rows were skipped or left out, and which to check. */
export function ImportSummaryView({ summary, fileName, importDuplicates, onClose }: { summary: ImportSummary; fileName: string; importDuplicates: boolean; onClose: () => void }) {
  return (
    <div className="stack import-summary">
      <p role="status">
        <strong>Imported {countOf(summary.imported, 'member', 'members')}</strong> from {fileName}. Undo with Ctrl+Z (⌘Z on a Mac) if that was not what you wanted.
      </p>
      {summary.duplicates.length > 0 && (
        <details open>
          <summary>
            {importDuplicates
              ? `${countOf(summary.duplicates.length, 'row looks', 'rows look')} like members already on the list (imported anyway)`
              : `${countOf(summary.duplicates.length, 'row', 'rows')} skipped: they look like members already on the list`}
          </summary>
          <ul>{summary.duplicates.map((d) => <li key={d.row}>Row {d.row}: {d.name} ({d.reason} as {d.matches})</li>)}</ul>
        </details>
      )}
      {summary.rejected.length > 0 && (
        <details open>
          <summary>{countOf(summary.rejected.length, 'row', 'rows')} not imported</summary>
          <ul>{summary.rejected.map((r) => <li key={r.row}>Row {r.row}: {r.reason}</li>)}</ul>
        </details>
      )}
      {summary.warnings.length > 0 && (
        <details>
          <summary>{countOf(summary.warnings.length, 'value', 'values')} imported as written that look wrong</summary>
          <ul>{summary.warnings.map((r) => <li key={`${r.row}:${r.field ?? ''}`}>Row {r.row}: {r.reason}</li>)}</ul>
        </details>
      )}
      <div className="actions"><button className="primary" onClick={onClose}>Done</button></div>
    </div>
  )
}
