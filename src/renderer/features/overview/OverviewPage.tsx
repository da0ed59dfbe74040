import { useOpenWorkspace } from '../../state/session-context'
import { ClusterDetailsForm } from './ClusterDetailsForm'
import { NextSteps } from './NextSteps'
import { PillarCounts } from './PillarCounts'

/** The workspace's home: what the cluster is, who is in it, and where the file lives. */
export function OverviewPage() {
  const { workspace, location } = useOpenWorkspace()
  return (
    <div className="page">
      <header className="page-header">
        <h1>{workspace.cluster.name}</h1>
        <p className="muted">Saved in <span className="path">{location}</span></p>
      </header>
      <NextSteps />
      <div className="columns">
        <ClusterDetailsForm />
        <PillarCounts />
      </div>
    </div>
  )
}
