import { useCallback, useEffect, useState } from 'react'
import { AboutDialog } from './features/commands/AboutDialog'
import { ShortcutsDialog } from './features/commands/ShortcutsDialog'
import { CommandPalette } from './features/commands/CommandPalette'
import { CommandsProvider } from './features/commands/commands-context'
import { useAppCommands } from './features/shell/use-app-commands'
import { useWorkspaceDrop } from './features/shell/use-workspace-drop'
import { WorkspaceShell } from './features/shell/WorkspaceShell'
import { NewWorkspaceDialog } from './features/start/NewWorkspaceDialog'
import { StartScreen } from './features/start/StartScreen'
import { useAnswerDraftFlushRequests } from './state/draft-registry'
import { NoticesProvider, useNotices } from './state/notices'
import { PreferencesProvider } from './state/preferences'
import { SessionProvider, useSession } from './state/session-context'

export function App() {
  return (
    <NoticesProvider>
      <PreferencesProvider>
        <SessionProvider>
          <CommandsProvider>
            <Screens />
            <NoticeList />
          </CommandsProvider>
        </SessionProvider>
      </PreferencesProvider>
    </NoticesProvider>
  )
}

type Dialog = 'new' | 'palette' | 'about' | 'shortcuts' | null

function Screens() {
  const { session } = useSession()
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = useCallback(() => setDialog(null), [])
  useWorkspaceDrop()
  useAnswerDraftFlushRequests()
  useAppCommands({
    newWorkspace: useCallback(() => setDialog('new'), []),
    openPalette: useCallback(() => setDialog('palette'), []),
    openAbout: useCallback(() => setDialog('about'), []),
    openShortcuts: useCallback(() => setDialog('shortcuts'), [])
  })
  return (
    <>
      {!session ? (
        <p className="loading" role="status">Opening…</p>
      ) : session.state === 'open' ? (
        <WorkspaceShell />
      ) : (
        <StartScreen session={session} onNew={() => setDialog('new')} />
      )}
      <NewWorkspaceDialog open={dialog === 'new'} onClose={close} />
      <CommandPalette open={dialog === 'palette'} onClose={close} />
      <AboutDialog open={dialog === 'about'} onClose={close} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={close} />
    </>
  )
}

function NoticeList() {
  const { notices, dismiss, dismissActions } = useNotices()
  // Every notice action (Undo, Show) works on the workspace that was open when it was shown.
  const { session } = useSession()
  const openAt = session?.state === 'open' ? session.view.location : null
  useEffect(() => dismissActions(), [openAt, dismissActions])
  return (
    <div className="notices" role="log" aria-live="polite" aria-label="Messages">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              onClick={() => {
                notice.action?.run()
                dismiss(notice.id)
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button className="ghost" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
