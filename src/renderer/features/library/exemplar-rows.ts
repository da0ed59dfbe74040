import type { Exemplar, Fact } from '../../../shared/library/schema'

/** The rows of an exemplar profile, shared by the profile page and the comparison table. */
export const EXEMPLAR_ROWS: readonly { label: string; facts: (exemplar: Exemplar) => Fact[] }[] = [
  { label: 'Region', facts: (e) => [e.region] },
  { label: 'Founded', facts: (e) => [e.founded] },
  { label: 'Sector', facts: (e) => [e.sector] },
  { label: 'Governance', facts: (e) => [e.governance] },
    // The date a count was reported matters as much as the count; "unknown" says nothing, so it is left out.
  { label: 'Members', facts: (e) => e.members.map((m) => ({ ...m, text: m.date === 'unknown' ? m.text : `${m.text} (${m.date})` })) },
  { label: 'Headline targets', facts: (e) => e.targets },
  { label: 'Funding', facts: (e) => e.funding },
  { label: 'Flagship programmes', facts: (e) => e.programmes }
]
