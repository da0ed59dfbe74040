import type { LibraryContent } from '../../../shared/library/schema'
import { EXEMPLAR_ROWS } from './exemplar-rows'
import { ExternalLinks, FactList } from './FactList'
import type { Navigate } from './library-view'
import { NotesEditor } from './NotesEditor'

type Props = { content: LibraryContent; id: string; navigate: Navigate; onCompare: (id: string) => void }

/** The structured profile of one exemplar cluster, every figure with its date and sources. */
export function ExemplarPage({ content, id, navigate, onCompare }: Props) {
  const exemplar = content.exemplars.find((candidate) => candidate.id === id)
  if (!exemplar) return <p className="panel panel-error">This exemplar no longer exists.</p>
  const items = content.items.filter((item) => exemplar.itemIds.includes(item.id))

  return (
    <article className="library-article" aria-labelledby="exemplar-title">
      <header className="article-header">
        <p className="eyebrow">Exemplar cluster · {exemplar.country}</p>
        <h1 id="exemplar-title">{exemplar.name}</h1>
        <div className="article-actions">
          <button onClick={() => onCompare(exemplar.id)}>Compare with others…</button>
          <ExternalLinks links={exemplar.links} />
        </div>
      </header>
      <table className="profile-table">
        <tbody>
          {EXEMPLAR_ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>
                <FactList facts={row.facts(exemplar)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > 0 && (
        <section aria-labelledby="exemplar-readings">
          <h2 id="exemplar-readings">In the library</h2>
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item.id}>
                <button className="link-button" onClick={() => navigate({ type: 'item', id: item.id })}>{item.title}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NotesEditor id={exemplar.id} />
    </article>
  )
}
