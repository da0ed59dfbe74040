import { useEffect, useId, useState, type FormEvent } from 'react'
import { api, errorMessage } from '../../api'
import { Modal } from '../../components/Modal'
import { usePreferences } from '../../state/preferences'
import { useFieldDraft } from '../../state/use-field-draft'
import { useSession } from '../../state/session-context'
import { useTeamStatus } from '../../state/team-status'
import { describeSync } from './team-words'

type Props = { open: boolean; onClose: () => void; /** From the start screen: only joining makes sense there. */ joinOnly?: boolean }

/**
 * Share… : start sharing the open workspace through the team's sync server, or join a team with
 * an invitation; once shared, the invitation to send again and Leave team. Written for founders,
 * not programmers: what the server is, and that the plan stays in files they own.
 */
export function ShareDialog({ open, onClose, joinOnly = false }: Props) {
  const status = useTeamStatus()
  const shared = !joinOnly && status.shared
  return (
    <Modal title={shared ? 'Shared with your team' : joinOnly ? 'Join a team' : 'Share with your team'} open={open} onClose={onClose} wide>
      {shared ? <SharedPanel onClose={onClose} /> : <StartPanel onClose={onClose} joinOnly={joinOnly} />}
    </Modal>
  )
}

function NameField() {
  const { preferences, setDisplayName } = usePreferences()
  const name = useFieldDraft(preferences.displayName, (value) => setDisplayName(value.trim()))
  return (
    <label className="field">
      <span>Your name, as your team will see it</span>
      <input value={name.value} maxLength={80} autoComplete="name" placeholder="e.g. Anna Berg" onChange={(event) => name.onChange(event.target.value)} onBlur={name.onBlur} />
    </label>
  )
}

function StartPanel({ onClose, joinOnly }: { onClose: () => void; joinOnly: boolean }) {
  const { updateSession } = useSession()
  const [server, setServer] = useState('')
  const [invitation, setInvitation] = useState('')
  const [busy, setBusy] = useState<'share' | 'join' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const ids = useId()

  async function share(event: FormEvent) {
    event.preventDefault()
    setBusy('share')
    setProblem(null)
    try {
      await api.shareWorkspace({ server: server.trim() })
    } catch (error) {
      setProblem(errorMessage(error))
    }
    setBusy(null)
  }

  async function join(event: FormEvent) {
    event.preventDefault()
    setBusy('join')
    setProblem(null)
    try {
      const session = await api.joinWorkspace({ invitation: invitation.trim() })
      if (session.state === 'open') onClose()
      await updateSession(async () => session)
    } catch (error) {
      setProblem(errorMessage(error))
    }
    setBusy(null)
  }

  return (
    <div className="stack team-dialog">
      <p>
        Your founding team can edit {joinOnly ? 'one' : 'this'} plan together, each on their own laptop. Changes travel through a <strong>sync server</strong>: a small program
        your team or its IT runs on a computer everyone can reach, so no outside company holds your plan. Ask whoever runs it for its address.
      </p>
      <p className="hint">
        The plan stays in files you own: every laptop keeps a full copy in its workspace folder and goes on working without the server. Changes go
        out when it can be reached again.
      </p>
      <NameField />
      {!joinOnly && (
        <form onSubmit={(event) => void share(event)} className="team-choice" aria-labelledby={`${ids}-share`}>
          <h3 id={`${ids}-share`}>Start sharing this workspace</h3>
          <label className="field">
            <span>Sync server address</span>
            <input value={server} onChange={(event) => setServer(event.target.value)} placeholder="wss://sync.example.org or ws://192.168.1.20:4455" spellCheck={false} />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={!server.trim() || busy !== null}>
              {busy === 'share' ? 'Connecting…' : 'Start sharing'}
            </button>
          </div>
        </form>
      )}
      <form onSubmit={(event) => void join(event)} className="team-choice" aria-labelledby={`${ids}-join`}>
        <h3 id={`${ids}-join`}>{joinOnly ? 'Paste the invitation you were sent' : 'Or join a team that already shares a plan'}</h3>
        <label className="field">
          <span>Invitation</span>
          <textarea rows={2} value={invitation} onChange={(event) => setInvitation(event.target.value)} placeholder="cluster-workbench-team wss://… " spellCheck={false} />
        </label>
        <p className="hint">
          Next you choose where to keep your copy of the team’s plan; it opens there{joinOnly ? '' : ', and this workspace stays as it is'}.
        </p>
        <div className="actions">
          <button type="submit" className={joinOnly ? 'primary' : undefined} disabled={!invitation.trim() || busy !== null}>
            {busy === 'join' ? 'Joining…' : 'Join…'}
          </button>
        </div>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}

function SharedPanel({ onClose }: { onClose: () => void }) {
  const status = useTeamStatus()
  const { updateSession } = useSession()
  const [invitation, setInvitation] = useState('')
  const [copied, setCopied] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const ids = useId()
  useEffect(() => {
    void api.getTeamInvitation({}).then(({ invitation: text }) => setInvitation(text), () => undefined)
  }, [])
  if (!status.shared) return null

  async function copy() {
    await navigator.clipboard.writeText(invitation).then(() => setCopied(true), () => setCopied(false))
  }

  return (
    <div className="stack team-dialog">
      <p>
        Syncing through <code>{status.server}</code>: <strong>{describeSync(status).text}</strong>
      </p>
      {status.fileProblem && <p className="field-error">Imported PDFs and the logo: {status.fileProblem}.</p>}
      <label className="field">
        <span>Invitation</span>
        <textarea className="invitation-text" readOnly rows={3} value={invitation} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <p className="hint">
        Send this line to each founder, like a password: whoever has it can read and change the plan. They choose Join a team… and paste it.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void copy()} disabled={!invitation}>
          {copied ? 'Copied' : 'Copy invitation'}
        </button>
      </div>
      {leaving ? (
        <div className="panel panel-warn" role="group" aria-labelledby={`${ids}-leave`}>
          <p id={`${ids}-leave`}>
            Leave the team? This laptop keeps its own copy of the plan as it is now, but stops sending and receiving changes. The team’s copy is not
            touched.
          </p>
          <div className="actions">
            <button type="button" onClick={() => setLeaving(false)}>
              Stay in the team
            </button>
            <button type="button" className="danger" onClick={() => void updateSession(() => api.leaveTeam({})).then(onClose)}>
              Leave team
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setLeaving(true)}>
            Leave team…
          </button>
          <button type="button" className="primary" onClick={onClose}>
            Done
          </button>
        </div>
      )}
    </div>
  )
}
