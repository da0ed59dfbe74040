import { DELIMITER_LABELS, DELIMITERS, ENCODING_LABELS, TEXT_ENCODINGS, type ImportSource, type ReadChoice } from '../../../shared/members/import-formats'

/** How the file was read: encoding and separator (CSV) or sheet (workbook), each changeable; the preview follows. */
export function ImportSourceBar({ source, busy, onChange }: { source: ImportSource; busy: boolean; onChange: (choice: ReadChoice) => void }) {
  if (source.kind === 'xlsx') {
    return (
      <div className="source-bar">
        <label className="field">
          <span>Sheet</span>
          <select value={source.sheet} disabled={busy} onChange={(event) => onChange({ sheet: event.target.value })}>
            {source.sheets.map((sheet) => <option key={sheet} value={sheet}>{sheet}</option>)}
          </select>
        </label>
        <p className="muted">Column names found in row {source.headerRow}.</p>
      </div>
    )
  }
  return (
    <div className="source-bar">
      <label className="field">
        <span>Text encoding{source.bom ? ' (marked in the file)' : ' (detected)'}</span>
        <select value={source.encoding} disabled={busy} onChange={(event) => onChange({ encoding: event.target.value as ReadChoice['encoding'], delimiter: source.delimiter })}>
          {TEXT_ENCODINGS.map((encoding) => <option key={encoding} value={encoding}>{ENCODING_LABELS[encoding]}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Separator</span>
        <select value={source.delimiter} disabled={busy} onChange={(event) => onChange({ encoding: source.encoding, delimiter: event.target.value as ReadChoice['delimiter'] })}>
          {DELIMITERS.map((delimiter) => <option key={delimiter} value={delimiter}>{DELIMITER_LABELS[delimiter]}</option>)}
        </select>
      </label>
    </div>
  )
}
