import { useState } from 'react'
import { PILLARS, PILLAR_INFO } from '../../../shared/pillars'
import { Modal } from '../../components/Modal'

type Step = { title: string; body: React.ReactNode; area?: string }

const STEPS: Step[] = [
  {
    title: 'Welcome to Cluster Workbench',
    body: (
      <p>
        A workbench for the founding team of an innovation cluster: map your members onto the five pillars, read how other clusters
        did it, draft your strategy and print it. Everything stays in a workspace file your team owns, and it works offline.
      </p>
    )
  },
  {
    title: 'The five pillars',
    body: (
      <>
        <p>A strong cluster brings five kinds of members together:</p>
        <ul>
          {PILLARS.map((pillar) => (
            <li key={pillar}>
              <strong>{PILLAR_INFO[pillar].label}</strong>: {PILLAR_INFO[pillar].brings}
            </li>
          ))}
        </ul>
      </>
    )
  },
  { title: 'Pillar map and members', area: 'pillar-map', body: <p>Drag member organisations onto their pillars (or move them with the keyboard). The balance panel shows where the map is thin. Import a spreadsheet in Members.</p> },
  { title: 'Library', area: 'library', body: <p>Readings from introductory to advanced and profiles of exemplar clusters, with sources. Mark what you have read and keep team notes; add your own PDFs.</p> },
  { title: 'Strategy', area: 'strategy', body: <p>Start from a template modelled on a real cluster’s strategy. Your cluster’s own data fills in as you write; snapshots keep the versions you send out.</p> },
  { title: 'Export', area: 'export', body: <p>Print-ready PDFs of the strategy, the pillar map, the member directory, or all of them in one founding dossier.</p> },
  {
    title: 'Your next steps',
    area: 'overview',
    body: <p>The Overview lists what to do next, worked out from your workspace: each step opens the place where it is done, and the list shrinks as your team progresses.</p>
  }
]

type Props = { open: boolean; onClose: () => void; onShowArea: (area: string) => void }

/** A short tour on first run, skippable at any step, replayable from Help. */
export function WelcomeTour({ open, onClose, onShowArea }: Props) {
  const [at, setAt] = useState(0)
  const step = STEPS[at]!
  const last = at === STEPS.length - 1
  const close = () => {
    setAt(0)
    onClose()
  }
  const go = (next: number) => {
    setAt(next)
    const area = STEPS[next]?.area
    if (area) onShowArea(area)
  }
  return (
    <Modal title={step.title} open={open} onClose={close}>
      <div className="tour-body">{step.body}</div>
      <p className="muted" aria-live="polite">
        Step {at + 1} of {STEPS.length}
      </p>
      <div className="actions">
        <button className="ghost" onClick={close}>{last ? 'Close' : 'Skip the tour'}</button>
        {at > 0 && <button onClick={() => go(at - 1)}>Back</button>}
        <button className="primary" autoFocus onClick={() => (last ? close() : go(at + 1))}>
          {last ? 'Start exploring' : 'Next'}
        </button>
      </div>
    </Modal>
  )
}
