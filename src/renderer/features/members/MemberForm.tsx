import { useState, type FormEvent } from 'react'
import { similarityIndexFor } from '../../../shared/members/duplicates'
import { joinTags, parseTags } from '../../../shared/members/tags'
import { PLACEMENTS, placementLabel } from '../../../shared/pillars'
import {
  MEMBER_KINDS,
  MEMBER_ROLES,
  MEMBER_SIZES,
  MEMBER_STAGES,
  MemberSchema,
  ROLE_LABELS,
  SIZE_LABELS,
  STAGE_LABELS,
  type Member
} from '../../../shared/workspace/member'
import { describeIssues } from '../../../shared/workspace/load'
import { Modal } from '../../components/Modal'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { LastEdited } from '../team/LastEdited'

type Draft = Omit<Member, 'id' | 'tags'> & { tags: string }

const blank: Draft = {
  kind: 'organisation',
  name: '',
  pillar: 'unassigned',
  role: 'member',
  stage: 'prospect',
  sector: '',
  city: '',
  region: '',
  website: '',
  contactName: '',
  contactEmail: '',
  size: 'unknown',
  notes: '',
  tags: ''
}

type Props = { memberId: string | 'new' | null; onClose: () => void }

/** Add or edit one member; adding warns when it looks like someone already on the list. */
export function MemberForm({ memberId, onClose }: Props) {
  const open = memberId !== null
  return (
    <Modal title={memberId === 'new' ? 'Add a member' : 'Edit member'} open={open} onClose={onClose} wide>
      {open && <MemberFields key={memberId} memberId={memberId} onClose={onClose} />}
    </Modal>
  )
}

function MemberFields({ memberId, onClose }: { memberId: string; onClose: () => void }) {
  const { workspace, readOnly } = useOpenWorkspace()
  const { apply } = useSession()
  const existing = workspace.members.find((member) => member.id === memberId)
  const [draft, setDraft] = useState<Draft>(existing ? { ...existing, tags: joinTags(existing.tags) } : blank)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmDuplicate, setConfirmDuplicate] = useState(false)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }))

  const similar = existing ? [] : similarityIndexFor(workspace.members).find({ name: draft.name, website: draft.website })

  function submit(event: FormEvent) {
    event.preventDefault()
    const candidate = { ...draft, id: existing?.id ?? crypto.randomUUID(), tags: parseTags(draft.tags) }
    const parsed = MemberSchema.safeParse(candidate)
    if (!parsed.success) return setProblem(describeIssues(parsed.error))
    if (!existing && similar.length && !confirmDuplicate) return setConfirmDuplicate(true)
    const { id, ...patch } = parsed.data
    apply(existing ? { type: 'member/update', id, patch } : { type: 'member/add', member: parsed.data })
    onClose()
  }

  const text = (key: 'name' | 'sector' | 'city' | 'region' | 'website' | 'contactName' | 'contactEmail' | 'tags', label: string, extra: { type?: string; required?: boolean; placeholder?: string } = {}) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[key]} readOnly={readOnly} onChange={(event) => set(key, event.target.value)} {...extra} />
    </label>
  )
  const choice = <K extends 'kind' | 'pillar' | 'role' | 'stage' | 'size'>(key: K, label: string, options: readonly Draft[K][], labelOf: (value: Draft[K]) => string) => (
    <label className="field">
      <span>{label}</span>
      <select value={draft[key]} disabled={readOnly} onChange={(event) => set(key, event.target.value as Draft[K])}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <form onSubmit={submit} className="member-form">
      {existing && <LastEdited id={existing.id} />}
      <div className="form-grid">
        {text('name', 'Name', { required: true })}
        {choice('kind', 'Kind', MEMBER_KINDS, (kind) => (kind === 'person' ? 'A person' : 'An organisation'))}
        {choice('pillar', 'Pillar', PLACEMENTS, placementLabel)}
        {choice('role', 'Role', MEMBER_ROLES, (role) => ROLE_LABELS[role])}
        {choice('stage', 'Commitment', MEMBER_STAGES, (stage) => STAGE_LABELS[stage])}
        {choice('size', 'Size', MEMBER_SIZES, (size) => SIZE_LABELS[size])}
        {text('sector', 'Sector')}
        {text('city', 'City')}
        {text('region', 'Region')}
        {text('website', 'Website', { placeholder: 'https://' })}
        {text('contactName', 'Contact name')}
        {text('contactEmail', 'Contact e-mail', { type: 'email' })}
      </div>
      {text('tags', 'Tags (separated by commas or semicolons)')}
      <label className="field">
        <span>Notes</span>
        <textarea rows={3} value={draft.notes} readOnly={readOnly} onChange={(event) => set('notes', event.target.value)} />
      </label>
      {!confirmDuplicate && similar.length > 0 && (
        <p className="muted duplicate-hint" role="status">Looks like {similar.slice(0, 3).map((hit) => `${hit.member.name} (${hit.reason})`).join(', ')}, already on the list.</p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {confirmDuplicate && (
        <p className="banner-warn duplicate-warning" role="alert">
          This looks like {similar.map((hit) => `${hit.member.name} (${hit.reason})`).join(' and ')}, already on the list. Add it anyway?
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>Cancel</button>
        {!readOnly && (
          <button type="submit" className="primary">
            {existing ? 'Save' : confirmDuplicate ? 'Add anyway' : 'Add member'}
          </button>
        )}
      </div>
    </form>
  )
}
