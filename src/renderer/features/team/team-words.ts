import type { TeamStatus } from '../../../shared/ipc'
import { countOf } from '../../../shared/plural'
import { AREAS } from '../shell/areas'

type Shared = Extract<TeamStatus, { shared: true }>

/** The sync state in plain words, for the header. */
export function describeSync(status: Shared): { text: string; tone: 'ok' | 'busy' | 'bad' | 'muted' } {
  switch (status.state) {
    case 'up-to-date':
      return { text: 'Up to date', tone: 'ok' }
    case 'sending':
    case 'connecting':
      return { text: 'Syncing…', tone: 'busy' }
    case 'offline':
      return status.waiting > 0
        ? { text: `Offline — ${countOf(status.waiting, 'change', 'changes')} waiting`, tone: 'muted' }
        : { text: 'Offline', tone: 'muted' }
    case 'refused':
      return { text: `Refused: ${status.reason ?? 'the server said no'}`, tone: 'bad' }
  }
}

/** "Ben (Strategy)": a teammate and the area they are in. */
export function describePeer(peer: Shared['peers'][number]): string {
  const area = AREAS.find((candidate) => candidate.id === peer.area)?.label
  return area ? `${peer.name} (${area})` : peer.name
}

export function describeEditTime(at: string): string {
  const date = new Date(at)
  const today = new Date().toDateString() === date.toDateString()
  return today ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })
}
