import { useState, type FormEvent } from 'react'
import { api } from '../../api'
import { Modal } from '../../components/Modal'
import { useSession } from '../../state/session-context'

/** Asks for the cluster's name, then main asks where to keep the workspace. */
export function NewWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { updateSession } = useSession()
  const [name, setName] = useState('')
  const trimmed = name.trim()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!trimmed) return
    onClose()
    await updateSession(() => api.newWorkspace({ name: trimmed }))
    setName('')
  }

  return (
    <Modal title="New workspace" open={open} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} className="stack">
        <label className="field">
          <span>Cluster name</span>
          <input autoFocus value={name} maxLength={120} onChange={(event) => setName(event.target.value)} placeholder="e.g. Harbour Ocean Tech Cluster" />
        </label>
        <p className="hint">Next you choose where to keep it. The workspace is a folder you own; you can copy it, back it up or share it.</p>
        <div className="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={!trimmed}>Create…</button>
        </div>
      </form>
    </Modal>
  )
}
