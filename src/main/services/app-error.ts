import type { ErrorCode } from '../../shared/ipc'

/** An error meant for the user: its message says what happened and what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}
