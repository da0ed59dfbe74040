import { formatReference, type Reference } from '../../../shared/strategy/citations'

/** The numbered bibliography of library items cited in the strategy. */
export function ReferencesPanel({ references }: { references: Reference[] }) {
  return (
    <section aria-labelledby="references-title" className="strategy-panel">
      <h2 id="references-title">References</h2>
      {references.length === 0 ? (
        <p className="muted">Nothing cited yet. Use “Cite…” in the toolbar to cite a reading from the library; it is numbered here in order of first use.</p>
      ) : (
        <ol className="references">
          {references.map((reference) => (
            <li key={reference.id} value={reference.number} className={reference.item ? undefined : 'citation-unknown'}>
              {formatReference(reference)}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
