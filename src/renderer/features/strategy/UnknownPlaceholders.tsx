import type { UnknownPlaceholder } from '../../../shared/strategy/placeholders'

/** The placeholders no data fills, each with the key it probably meant; shown while writing and before export. */
export function UnknownPlaceholderList({ unknown, withSection = false }: { unknown: readonly UnknownPlaceholder[]; withSection?: boolean }) {
  return (
    <ul className="unknown-placeholders">
      {unknown.map((entry) => (
        <li key={`${entry.sectionId}-${entry.key}`}>
          <code>{`{{${entry.key}}}`}</code>
          {withSection && <> in “{entry.sectionTitle}”</>}
          {entry.suggestion && <>: did you mean <code>{`{{${entry.suggestion}}}`}</code>?</>}
        </li>
      ))}
    </ul>
  )
}
