import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react'
import type { SaveStatus, SessionView, WorkspaceView } from '../../shared/ipc'
import { WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../shared/workspace/commands'
import { describeIssues } from '../../shared/workspace/load'
import { api, ApiError, errorMessage } from '../api'
import { useNotices } from './notices'
import { sessionReducer } from './session-reducer'

type SessionApi = {
  session: SessionView | null
  /** Calls main for a new session view (open, undo, import…) and shows it; failures become notices. */
  updateSession: (call: () => Promise<SessionView>) => Promise<void>
  /** Applies a workspace command now and sends it to main, which saves it. */
  apply: (command: WorkspaceCommandInput) => void
}

const SessionContext = createContext<SessionApi | null>(null)
const SaveStatusContext = createContext<SaveStatus | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(sessionReducer, { session: null, saveStatus: null })
  const { notify } = useNotices()
  // The revision the next command builds on; advanced synchronously so rapid commands chain.
  const revision = useRef(0)

  const adopt = useCallback((session: SessionView) => {
    if (session.state === 'open') revision.current = session.view.revision
    dispatch({ type: 'session', session })
  }, [])

  const reload = useCallback(() => api.getSession({}).then(adopt), [adopt])

  useEffect(() => {
    void reload().catch((error: unknown) => notify('error', errorMessage(error)))
    const offSession = api.onSessionChanged(adopt)
    const offStatus = api.onSaveStatus((status) => dispatch({ type: 'status', status }))
    return () => {
      offSession()
      offStatus()
    }
  }, [adopt, reload, notify])

  const updateSession = useCallback(
    async (call: () => Promise<SessionView>) => {
      try {
        adopt(await call())
      } catch (error) {
        notify('error', errorMessage(error))
      }
    },
    [adopt, notify]
  )

  const apply = useCallback(
    (input: WorkspaceCommandInput) => {
      // Parsed with main's own schema, so the optimistic state is cleaned (trimmed, …) exactly as main stores it.
      const parsed = WorkspaceCommandSchema.safeParse(input)
      if (!parsed.success) return notify('error', `That change could not be made: ${describeIssues(parsed.error)}.`)
      const command = parsed.data
      const baseRevision = revision.current
      revision.current += 1
      dispatch({ type: 'applied', command })
      api.applyCommand({ command, baseRevision }).then(
        (result) => dispatch({ type: 'confirmed', canUndo: result.canUndo, canRedo: result.canRedo }),
        (error: unknown) => {
          if (!(error instanceof ApiError && error.code === 'stale-revision')) notify('error', errorMessage(error))
          void reload() // main is the source of truth: show what it holds
        }
      )
    },
    [notify, reload]
  )

  const value = useMemo(() => ({ session: state.session, updateSession, apply }), [state.session, updateSession, apply])
  return (
    <SessionContext.Provider value={value}>
      <SaveStatusContext.Provider value={state.saveStatus}>{children}</SaveStatusContext.Provider>
    </SessionContext.Provider>
  )
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession must be used inside SessionProvider')
  return value
}

/** The open workspace's save status (null while none is open); only the save indicator needs it. */
export function useSaveStatus(): SaveStatus | null {
  return useContext(SaveStatusContext)
}

/** The open workspace; only for components rendered while one is open. */
export function useOpenWorkspace(): WorkspaceView & { readOnly: boolean } {
  const { session } = useSession()
  if (session?.state !== 'open') throw new Error('useOpenWorkspace needs an open workspace')
  return { ...session.view, readOnly: session.view.readOnlyReason !== null }
}
