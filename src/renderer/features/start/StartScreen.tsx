import type { SessionView } from '../../../shared/ipc'
import { api } from '../../api'
import { useSession } from '../../state/session-context'
import { useState } from 'react'
import { ShareDialog } from '../team/ShareDialog'
import { LoadFailurePanel } from './LoadFailurePanel'

type Closed = Extract<SessionView, { state: 'closed' }>

/** Shown when no workspace is open: start a new one, open one, or pick a recent one. */
export function StartScreen({ session, onNew }: { session: Closed; onNew: () => void }) {
  const { updateSession } = useSession()
  const [joining, setJoining] = useState(false)
  return (
    <main className="start" aria-labelledby="start-title">
      <h1 id="start-title">Cluster Workbench</h1>
      <p className="lead">Plan an innovation cluster with your founding team: map members onto the five pillars, draft the strategy, and print it.</p>
      {session.failure && <LoadFailurePanel failure={session.failure} />}
      <div className="actions start-actions">
        <button className="primary" onClick={onNew}>New workspace…</button>
        <button onClick={() => void updateSession(() => api.openWorkspace({ from: 'dialog' }))}>Open…</button>
        <button onClick={() => void updateSession(() => api.openWorkspace({ from: 'demo' }))}>Open the example</button>
        <button onClick={() => setJoining(true)}>Join a team…</button>
      </div>
      <ShareDialog open={joining} onClose={() => setJoining(false)} joinOnly />
      <section aria-labelledby="recent-title" className="panel">
        <h2 id="recent-title">Recent workspaces</h2>
        {session.recent.length === 0 ? (
          <p className="muted">Workspaces you open appear here.</p>
        ) : (
          <ul className="recent-list">
            {session.recent.map((entry) => (
              <li key={entry.id}>
                <button className="link-button" onClick={() => void updateSession(() => api.openWorkspace({ from: 'recent', id: entry.id }))}>
                  {entry.name}
                </button>
                <span className="muted recent-location">{entry.location}</span>
                <button className="ghost" aria-label={`Remove ${entry.name} from the list`} onClick={() => void updateSession(() => api.forgetRecent({ id: entry.id }))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
