import { useState, type FormEvent } from 'react'
import { LEVELS, LEVEL_LABELS, type Level } from '../../../shared/library/schema'
import { LinkResourceSchema, ResourcePatchSchema, type OwnResource } from '../../../shared/library/workspace-library'
import { describeIssues } from '../../../shared/workspace/load'
import { Modal } from '../../components/Modal'
import { useSession } from '../../state/session-context'

type Props = {
  /** 'new-link' adds a link; a resource edits its title, description, level (and address, for links). */
  editing: 'new-link' | OwnResource | null
  onClose: () => void
}

type Draft = { title: string; url: string; description: string; level: Level | '' }

/** Add a web link to the team's library, or edit one of the team's resources. */
export function ResourceForm({ editing, onClose }: Props) {
  return (
    <Modal title={editing === 'new-link' ? 'Add a link' : 'Edit resource'} open={editing !== null} onClose={onClose}>
      {editing !== null && <ResourceFields key={editing === 'new-link' ? 'new' : editing.id} editing={editing} onClose={onClose} />}
    </Modal>
  )
}

function ResourceFields({ editing, onClose }: { editing: 'new-link' | OwnResource; onClose: () => void }) {
  const { apply } = useSession()
  const existing = editing === 'new-link' ? null : editing
  const [draft, setDraft] = useState<Draft>({
    title: existing?.title ?? '',
    url: existing?.kind === 'link' ? existing.url : '',
    description: existing?.description ?? '',
    level: existing?.level ?? ''
  })
  const [problem, setProblem] = useState<string | null>(null)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const isLink = existing === null || existing.kind === 'link'

  function submit(event: FormEvent) {
    event.preventDefault()
    const level = draft.level === '' ? null : draft.level
    if (existing) {
      const patch = { title: draft.title, description: draft.description, level, ...(existing.kind === 'link' ? { url: draft.url } : {}) }
      const parsed = ResourcePatchSchema.safeParse(patch)
      if (!parsed.success) return setProblem(describeIssues(parsed.error))
      apply({ type: 'library/update-resource', id: existing.id, patch: parsed.data })
    } else {
      const parsed = LinkResourceSchema.safeParse({ kind: 'link', id: crypto.randomUUID(), addedAt: new Date().toISOString(), ...draft, level })
      if (!parsed.success) return setProblem(describeIssues(parsed.error))
      apply({ type: 'library/add-resource', resource: parsed.data })
    }
    onClose()
  }

  return (
    <form onSubmit={submit} noValidate>
      <label className="field">
        <span>Title</span>
        <input value={draft.title} required onChange={(event) => set('title', event.target.value)} autoFocus />
      </label>
      {isLink && (
        <label className="field">
          <span>Web address</span>
          <input type="url" value={draft.url} required placeholder="https://" onChange={(event) => set('url', event.target.value)} />
        </label>
      )}
      <label className="field">
        <span>What it is, and why it matters (optional)</span>
        <textarea rows={3} value={draft.description} onChange={(event) => set('description', event.target.value)} />
      </label>
      <label className="field">
        <span>Level</span>
        <select value={draft.level} onChange={(event) => set('level', event.target.value as Level | '')}>
          <option value="">Not set</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>{LEVEL_LABELS[level]}</option>
          ))}
        </select>
      </label>
      {problem && <p className="field-error" role="alert">Please check: {problem}.</p>}
      <div className="actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="primary">{existing ? 'Save' : 'Add link'}</button>
      </div>
    </form>
  )
}
