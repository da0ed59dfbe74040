import { useEffect, useState } from 'react'
import { api, errorMessage } from '../../api'
import { useNotices } from '../../state/notices'
import { useOpenWorkspace, useSession } from '../../state/session-context'

/** The cluster's logo, printed on PDF covers: choose a PNG or JPEG, see it, remove it. */
export function LogoField() {
  const { workspace, readOnly } = useOpenWorkspace()
  const { apply, updateSession } = useSession()
  const { notify } = useNotices()
  const logo = workspace.cluster.logo
  const [url, setUrl] = useState<string | null>(null)

  useEffect(() => {
    if (!logo) return
    let live = true
    let made: string | null = null
    api.readLogo({}).then(
      (image) => {
        if (!live || !image) return
        made = URL.createObjectURL(new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: `image/${image.format}` }))
        setUrl(made)
      },
      () => undefined
    )
    return () => {
      live = false
      if (made) URL.revokeObjectURL(made)
    }
  }, [logo])

  async function choose() {
    try {
      const result = await api.importLogo({})
      if (!('cancelled' in result)) await updateSession(async () => result.session)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  return (
    <div className="field logo-field">
      <span>Logo for PDF covers</span>
      <div className="logo-row">
        {logo && url ? <img src={url} alt={`Logo: ${logo.fileName}`} className="logo-preview" /> : <span className="muted">No logo</span>}
        {!readOnly && <button onClick={() => void choose()}>{logo ? 'Change logo…' : 'Choose logo…'}</button>}
        {!readOnly && logo && <button className="ghost danger" onClick={() => apply({ type: 'cluster/set-logo', logo: null })}>Remove logo</button>}
      </div>
    </div>
  )
}
