import { diffText } from '../../../shared/strategy/snapshots'

/** Two versions of a text as one, in reading type: deleted words struck through in red, inserted ones underlined in green. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="word-diff">
      {diffText(before, after).map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} aria-label={`inserted: ${part.text}`}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index} aria-label={`deleted: ${part.text}`}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        )
      )}
    </p>
  )
}
