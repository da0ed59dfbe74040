/**
 * The renderer's only door to the system. It unwraps the IPC envelope, so callers get the
 * value or an ApiError carrying the code and a message written for the user.
 */
import {
  API_CHANNELS,
  API_EVENTS,
  type Api,
  type ApiEvent,
  type ApiMethod,
  type ApiRequests,
  type ApiResponses,
  type ErrorCode
} from '../shared/ipc'

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

type Client = { [M in ApiMethod]: (request: ApiRequests[M]) => Promise<ApiResponses[M]> } & {
  [E in ApiEvent]: Api[E]
} & { pathForDroppedFile: (file: File) => string }

function bridge(): Api {
  if (!window.api) throw new Error('window.api is missing: start the app through Electron (npm start).')
  return window.api
}

const methods = Object.fromEntries(
  (Object.keys(API_CHANNELS) as ApiMethod[]).map((method) => [
    method,
    async (request: unknown) => {
      const call = bridge()[method] as (request: unknown) => ReturnType<Api[ApiMethod]>
      const result = await call(request)
      if (!result.ok) throw new ApiError(result.error.code, result.error.message)
      return result.value
    }
  ])
)

const events = Object.fromEntries(
  (Object.keys(API_EVENTS) as ApiEvent[]).map((event) => [
    event,
    (listener: (payload: never) => void) => (bridge()[event] as (l: typeof listener) => () => void)(listener)
  ])
)

export const api = {
  ...methods,
  ...events,
  pathForDroppedFile: (file: File) => bridge().pathForDroppedFile(file)
} as unknown as Client

/** The message to show for any error a call may throw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
