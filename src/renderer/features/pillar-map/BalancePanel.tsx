import { useMemo } from 'react'
import { analyzeBalance } from '../../../shared/members/balance'
import type { Member } from '../../../shared/workspace/member'

/** Where the map is thin: counts per pillar, plain-language gaps, and the readiness checks. */
export function BalancePanel({ members }: { members: readonly Member[] }) {
  const balance = useMemo(() => analyzeBalance(members), [members])
  const widest = Math.max(1, ...balance.pillars.map((pillar) => pillar.all))
  return (
    // Focusable so keyboard users can scroll it.
    <aside className="balance" aria-labelledby="balance-title" tabIndex={0}>
      <h2 id="balance-title">Balance</h2>
      <ul className="balance-bars">
        {balance.pillars.map((pillar) => (
          <li key={pillar.pillar}>
            <span className="balance-label">{pillar.label}</span>
            <span className="balance-bar" aria-hidden="true">
              <span className={`bar-all lane-${pillar.pillar}`} style={{ width: `${(pillar.all / widest) * 100}%` }} />
              <span className="bar-committed" style={{ width: `${(pillar.committed / widest) * 100}%` }} />
            </span>
            <span className="balance-figures">
              {pillar.all} · {pillar.committed} committed
            </span>
          </li>
        ))}
      </ul>
      <p className="muted balance-share">
        {balance.smeAndStartupShare === null
          ? 'Record the size of members to see the share of SMEs and startups.'
          : `SMEs and startups: ${Math.round(balance.smeAndStartupShare * 100)}% of placed members with a known size.`}
      </p>
      <h3>Gaps</h3>
      {balance.gaps.length ? (
        <ul className="balance-gaps">
          {balance.gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No gaps: every pillar has committed members.</p>
      )}
      <h3>Ready to launch?</h3>
      <ul className="readiness">
        {balance.checks.map((check) => (
          <li key={check.id} className={check.met ? 'met' : 'unmet'}>
            <span className="check-mark" aria-hidden="true">{check.met ? '✓' : '○'}</span>
            <span>
              <strong>{check.label}</strong>
              <span className="sr-only">{check.met ? ' (met)' : ' (not yet)'}</span>
              <br />
              <span className="muted">{check.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  )
}
