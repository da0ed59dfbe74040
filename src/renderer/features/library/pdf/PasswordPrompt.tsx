import { useState, type FormEvent } from 'react'
import { Modal } from '../../../components/Modal'

type Props = { request: { answer: (password: string) => void; wrong: boolean } | null; onCancel: () => void }

/** Asks for a PDF's password in the app's own dialog (pdf.js would otherwise use window.prompt). */
export function PasswordPrompt({ request, onCancel }: Props) {
  const [password, setPassword] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    request?.answer(password)
    setPassword('')
  }
  return (
    <Modal title="This PDF needs a password" open={request !== null} onClose={onCancel}>
      <form onSubmit={submit}>
        {request?.wrong && <p className="field-error" role="alert">That password is not right. Try again.</p>}
        <label className="field">
          <span>Password</span>
          <input type="password" autoFocus value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="off" />
        </label>
        <p className="hint">The password is used only to open the file now; it is not stored.</p>
        <div className="actions">
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary">Open</button>
        </div>
      </form>
    </Modal>
  )
}
