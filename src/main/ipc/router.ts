import { type z } from 'zod'
import { describeIssues } from '../../shared/workspace/load'
import type { ApiMethod, ApiResponses, IpcResult, ParsedRequests, PreloadMethod } from '../../shared/ipc'
import { API_CHANNELS, PRELOAD_CHANNELS } from '../../shared/ipc'
import { PRELOAD_REQUEST_SCHEMAS, REQUEST_SCHEMAS } from '../../shared/ipc-payloads'
import { AppError } from '../services/app-error'

/** A handler per contract method; it receives the payload already parsed by its schema. */
export type Handlers = {
  [M in ApiMethod]: (request: ParsedRequests[M]) => Promise<ApiResponses[M]> | ApiResponses[M]
} & {
  [M in PreloadMethod]: (request: z.output<(typeof PRELOAD_REQUEST_SCHEMAS)[M]>) => void
}

/** Who sent a call: the frame's URL, and whether it is the top frame of one of our windows. */
export type Sender = { url: string; isMainFrame: boolean; isAppWindow: boolean }

export type RouterOptions = {
  isTrustedUrl: (url: string) => boolean
  log?: (message: string, error?: unknown) => void
}

const SCHEMAS: Record<string, z.ZodType> = { ...REQUEST_SCHEMAS, ...PRELOAD_REQUEST_SCHEMAS }
const METHODS = new Set([...Object.keys(API_CHANNELS), ...Object.keys(PRELOAD_CHANNELS)])

/**
 * The one path every renderer request takes, in Electron and in the browser test bridge alike:
 * check the sender, validate the payload against the shared schema, run the handler, and turn
 * any error into an envelope with a code and a message (never a stack trace).
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function call(method: string, payload: unknown, sender: Sender): Promise<IpcResult<unknown>> {
    if (!sender.isAppWindow || !sender.isMainFrame || !options.isTrustedUrl(sender.url)) {
      options.log?.(`Rejected ${method} from untrusted sender ${sender.url}`)
      return fail('untrusted-sender', 'This request did not come from the app window.')
    }
    if (!METHODS.has(method)) return fail('unknown-method', `Unknown request ${method}.`)
    const name = method as ApiMethod | PreloadMethod
    const parsed = SCHEMAS[name]!.safeParse(payload ?? {})
    if (!parsed.success) return fail('invalid-request', `Invalid ${name} request: ${describeIssues(parsed.error)}.`)
    try {
      const handler = handlers[name] as (request: unknown) => unknown
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message)
      options.log?.(`${name} failed`, error)
      return fail('internal', 'Something went wrong inside the app; your saved work is not affected.')
    }
  }
}

export type Router = ReturnType<typeof createRouter>

function fail(code: AppError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}
