import { errorCode } from './durable-write'

/** A file-system error in words a user can act on ("Not saved: the disk is full"). */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space and it will save again'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; the folder may be read-only or held by another program'
    case 'EROFS':
      return 'the disk is read-only'
    case 'EIO':
      return 'the disk reported an input/output error'
    case 'ENOENT':
      return 'the folder no longer exists; it may have been moved or deleted'
    case 'EBUSY':
      return 'the file is busy in another program'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** Errors worth retrying by themselves after a pause (a full disk may be cleared, a lock released). */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error)
  // An external change needs the user's decision; retrying would only pile up conflict copies.
  return code !== 'ENOENT' && code !== 'EROFS' && code !== 'EXTERNAL_CHANGE'
}
