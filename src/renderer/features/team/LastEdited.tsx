import { useTeamStatus } from '../../state/team-status'
import { describeEditTime } from './team-words'

/** "Last edited by Ben, 14:02" for a member or strategy section of a shared workspace. */
export function LastEdited({ id }: { id: string }) {
  const status = useTeamStatus()
  const mark = status.shared ? status.edits[id] : undefined
  if (!mark) return null
  return (
    <span className="last-edited muted">
      Last edited by {mark.name}, {describeEditTime(mark.at)}
    </span>
  )
}

/** "Ben is here too" on a strategy section another teammate has open. */
export function PeersHere({ sectionId }: { sectionId: string }) {
  const status = useTeamStatus()
  const names = status.shared ? status.peers.filter((peer) => peer.sectionId === sectionId).map((peer) => peer.name) : []
  if (names.length === 0) return null
  return <span className="team-peer">{names.join(', ')} {names.length === 1 ? 'is' : 'are'} here too</span>
}
