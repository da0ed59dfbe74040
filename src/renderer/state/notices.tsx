import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export type NoticeAction = { label: string; run: () => void }
export type Notice = { id: number; tone: 'info' | 'error'; text: string; action?: NoticeAction }

type NoticesApi = {
  notices: Notice[]
  notify: (tone: Notice['tone'], text: string, action?: NoticeAction) => void
  dismiss: (id: number) => void
  /** Removes the notices whose action works on a workspace no longer open (Undo after Close Workspace). */
  dismissActions: () => void
}

const NoticesContext = createContext<NoticesApi | null>(null)
let nextId = 1

/** Non-blocking messages ("Imported 40 members", "Could not open …") that the user dismisses. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), [])
  const notify = useCallback((tone: Notice['tone'], text: string, action?: NoticeAction) => {
    const id = nextId++
    setNotices((all) => [...all.slice(-3), { id, tone, text, ...(action ? { action } : {}) }])
    if (tone === 'info') setTimeout(() => dismiss(id), action ? 10_000 : 6000)
  }, [dismiss])
  const dismissActions = useCallback(() => setNotices((all) => (all.some((notice) => notice.action) ? all.filter((notice) => !notice.action) : all)), [])
  const value = useMemo(() => ({ notices, notify, dismiss, dismissActions }), [notices, notify, dismiss, dismissActions])
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>
}

export function useNotices(): NoticesApi {
  const value = useContext(NoticesContext)
  if (!value) throw new Error('useNotices must be used inside NoticesProvider')
  return value
}
