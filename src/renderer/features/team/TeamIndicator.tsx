import { useEffect, useState } from 'react'
import { api } from '../../api'
import { useTeamStatus } from '../../state/team-status'
import { ShareDialog } from './ShareDialog'
import { describePeer, describeSync } from './team-words'

/** In the header: the sync state of a shared workspace, who else is in it and where, and Share…. */
export function TeamIndicator({ area }: { area: string }) {
  const status = useTeamStatus()
  const [open, setOpen] = useState(false)
  // Tells the team where this person is; sent again once sharing starts.
  useEffect(() => {
    if (status.shared) void api.setTeamPresence({ area, sectionId: null }).catch(() => undefined)
  }, [area, status.shared])
  const sync = status.shared ? describeSync(status) : null
  return (
    <span className="team-indicator">
      {status.shared && sync && (
        <>
          <span className={`sync-status save-${sync.tone}`} role="status" aria-live="polite" data-state={status.state} title={status.reason ?? `Syncing through ${status.server}`}>
            <span className="save-dot" aria-hidden="true" />
            {sync.text}
          </span>
          {status.peers.length > 0 && (
            <span className="team-peers">
              <span className="muted">Here now:</span>
              {status.peers.map((peer, index) => (
                <span key={index} className="team-peer" title={describePeer(peer)}>
                  {describePeer(peer)}
                </span>
              ))}
            </span>
          )}
        </>
      )}
      <button type="button" onClick={() => setOpen(true)}>
        {status.shared ? 'Team…' : 'Share…'}
      </button>
      <ShareDialog open={open} onClose={() => setOpen(false)} />
    </span>
  )
}
