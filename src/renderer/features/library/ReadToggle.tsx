import { useReadMark } from './use-read-toggle'

/** A switch-like button: "Mark as read" / "Read ✓ (mark unread)". */
export function ReadToggle({ id, title }: { id: string; title: string }) {
  const { read, setRead, readOnly } = useReadMark(id)
  return (
    <button
      className={read ? 'read-toggle is-read' : 'read-toggle'}
      aria-pressed={read}
      disabled={readOnly}
      onClick={() => setRead(!read)}
      title={read ? `Mark “${title}” as not read` : `Mark “${title}” as read`}
    >
      {read ? '✓ Read' : 'Mark as read'}
    </button>
  )
}
