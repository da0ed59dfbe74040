import type { LibraryContent } from '../../../shared/library/schema'
import { EXEMPLAR_ROWS } from './exemplar-rows'
import { FactList } from './FactList'
import { MAX_COMPARED, type Navigate } from './library-view'

type Props = { content: LibraryContent; ids: string[]; onChange: (ids: string[]) => void; navigate: Navigate }

/** Two to four exemplar profiles side by side, one column each, with the same rows. */
export function CompareExemplars({ content, ids, onChange, navigate }: Props) {
  const chosen = ids.flatMap((id) => content.exemplars.filter((exemplar) => exemplar.id === id))
  const toggle = (id: string) => onChange(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id])

  return (
    <article className="library-article library-wide" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare exemplar clusters</h1>
      <fieldset className="compare-picker">
        <legend>Choose two to four clusters</legend>
        {content.exemplars.map((exemplar) => {
          const on = ids.includes(exemplar.id)
          return (
            <label key={exemplar.id} className="check">
              <input type="checkbox" checked={on} disabled={!on && ids.length >= MAX_COMPARED} onChange={() => toggle(exemplar.id)} />
              {exemplar.name}
            </label>
          )
        })}
      </fieldset>
      {chosen.length < 2 ? (
        <p className="muted" role="status">Choose {chosen.length === 0 ? 'two clusters' : 'one more cluster'} to see them side by side.</p>
      ) : (
        <div className="compare-scroll">
          <table className="compare-table">
            <thead>
              <tr>
                <td />
                {chosen.map((exemplar) => (
                  <th key={exemplar.id} scope="col">
                    <button className="link-button" onClick={() => navigate({ type: 'exemplar', id: exemplar.id })}>{exemplar.name}</button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {EXEMPLAR_ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {chosen.map((exemplar) => (
                    <td key={exemplar.id}>
                      <FactList facts={row.facts(exemplar)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  )
}
