import { ClusterSchema } from '../../../shared/workspace/schema'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { useFieldDraft } from '../../state/use-field-draft'
import { LogoField } from './LogoField'

type Key = 'name' | 'region' | 'sector' | 'description'

function ClusterField({ field, label, multiline }: { field: Key; label: string; multiline?: boolean }) {
  const { workspace, readOnly } = useOpenWorkspace()
  const { apply } = useSession()
  const check = ClusterSchema.shape[field]
  const draft = useFieldDraft(workspace.cluster[field], (value) => {
    if (check.safeParse(value).success) apply({ type: 'cluster/update', patch: { [field]: value } })
  })
  const problem = check.safeParse(draft.value)
  const error = problem.success ? null : (problem.error.issues[0]?.message ?? 'not valid')
  const common = {
    value: draft.value,
    readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${field}-error` : undefined,
    onBlur: draft.onBlur
  }
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={4} {...common} onChange={(event) => draft.onChange(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => draft.onChange(event.target.value)} />
      )}
      {error && (
        <span id={`${field}-error`} className="field-error">
          {error.charAt(0).toUpperCase() + error.slice(1)}.
        </span>
      )}
    </label>
  )
}

/** The cluster's identity; every change is saved as you type. */
export function ClusterDetailsForm() {
  return (
    <section className="panel" aria-labelledby="details-title">
      <h2 id="details-title">About the cluster</h2>
      {/* Wide fields: a cluster's name, region and sector are often long, and cut short they read wrong. */}
      <div className="form-grid form-grid-wide">
        <ClusterField field="name" label="Cluster name" />
        <ClusterField field="region" label="Region" />
        <ClusterField field="sector" label="Sector" />
      </div>
      <ClusterField field="description" label="Purpose in a few sentences" multiline />
      <LogoField />
    </section>
  )
}
