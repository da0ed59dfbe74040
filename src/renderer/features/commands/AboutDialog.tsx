import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/ipc'
import { api } from '../../api'
import { Modal } from '../../components/Modal'

/** Name and version, for support requests and for peace of mind. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open && !info) void api.getAppInfo({}).then(setInfo)
  }, [open, info])
  return (
    <Modal title="About Cluster Workbench" open={open} onClose={onClose}>
      <div className="stack">
        <p>A workbench for the founding team of an innovation cluster: the library, the pillar map, the strategy and print-ready PDFs, in files you own.</p>
        {info && (
          <dl className="about-versions">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            {info.electron && (
              <>
                <dt>Electron</dt>
                <dd>{info.electron}</dd>
              </>
            )}
            {info.chrome && (
              <>
                <dt>Chromium</dt>
                <dd>{info.chrome}</dd>
              </>
            )}
            <dt>Node.js</dt>
            <dd>{info.node}</dd>
          </dl>
        )}
        <div className="actions">
          <button className="primary" onClick={onClose}>Close</button>
        </div>
      </div>
    </Modal>
  )
}
