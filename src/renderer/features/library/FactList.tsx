import { asOfLabel } from '../../../shared/library/as-of'
import type { Fact, Source } from '../../../shared/library/schema'
import { api } from '../../api'
import { plural } from '../../../shared/plural'

const STATUS_LABELS = { verified: 'Checked', 'partly-verified': 'Partly checked', 'not-verified': 'Not verified' } as const

/** Opens a link in the system browser; main checks the address first. */
export function ExternalLink({ url, children }: { url: string; children: React.ReactNode }) {
  return (
    <a
      href={url}
      title={url}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault()
        void api.openExternal({ url }) // eng-disable OPEN_EXTERNAL_JS_CHECK
      }}
    >
      {children}
    </a>
  )
}

/** An entry's canonical links, each opening in the system browser. */
export function ExternalLinks({ links }: { links: readonly { label: string; url: string }[] }) {
  return (
    <>
      {links.map((link) => (
        <ExternalLink key={link.url} url={link.url}>
          {link.label} ↗
        </ExternalLink>
      ))}
    </>
  )
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null
  return (
    <span className="fact-sources">
      {' '}{plural(sources.length, 'Source', 'Sources')}:{' '}
      {sources.map((source, index) => (
        <span key={index}>
          {index > 0 && '; '}
          {source.url ? <ExternalLink url={source.url}>{source.title}</ExternalLink> : source.title}
          {source.note && <span className="muted"> ({source.note})</span>}
        </span>
      ))}
    </span>
  )
}

export function StatusBadge({ status }: { status: Fact['status'] }) {
  return <span className={`fact-status fact-${status}`}>{STATUS_LABELS[status]}</span>
}

/** Checked statements, each with how well it was verified, as of when, and where it comes from. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return <p className="muted">Nothing recorded.</p>
  return (
    <ul className="fact-list">
      {facts.map((fact, index) => (
        <li key={index}>
          <StatusBadge status={fact.status} /> {fact.text}
          {fact.asOf && <span className="fact-as-of"> ({asOfLabel(fact.asOf)})</span>}
          <SourceList sources={fact.sources} />
        </li>
      ))}
    </ul>
  )
}
