import { useState } from 'react'
import { useAppCommands } from './features/shell/use-app-commands'
import { WorkspaceShell } from './features/shell/WorkspaceShell'
import { NewWorkspaceDialog } from './features/start/NewWorkspaceDialog'
import { StartScreen } from './features/start/StartScreen'
import { NoticesProvider, useNotices } from './state/notices'
import { SessionProvider, useSession } from './state/session-context'

export function App() {
  return (
    <NoticesProvider>
      <SessionProvider>
        <Screens />
        <NoticeList />
      </SessionProvider>
    </NoticesProvider>
  )
}

function Screens() {
  const { session } = useSession()
  const [creating, setCreating] = useState(false)
  useAppCommands({ newWorkspace: () => setCreating(true) })
  return (
    <>
      {!session ? (
        <p className="loading" role="status">Opening…</p>
      ) : session.state === 'open' ? (
        <WorkspaceShell />
      ) : (
        <StartScreen session={session} onNew={() => setCreating(true)} />
      )}
      <NewWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </>
  )
}

function NoticeList() {
  const { notices, dismiss } = useNotices()
  return (
    <div className="notices" role="log" aria-live="polite" aria-label="Messages">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
          <span>{notice.text}</span>
          <button className="ghost" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
