import type { Placement } from '../../src/shared/pillars'
import { MEMBER_ROLES, MEMBER_SIZES, MEMBER_STAGES, MemberSchema } from '../../src/shared/workspace/member'
import { createWorkspace, type Workspace } from '../../src/shared/workspace/schema'

const FIRST = ['Blue', 'North', 'Harbour', 'Coastal', 'Fjord', 'Tidal', 'Deep', 'Bright', 'Salt', 'Polar', 'Kelp', 'Storm', 'Østvik', 'Łódź', 'Société', 'Müller']
const SECOND = ['Marine', 'Ocean', 'Robotics', 'Seafood', 'Energy', 'Data', 'Logistics', 'Shipping', 'Sensors', 'Analytics', 'Aquaculture', 'Ventures']
const KIND = ['AS', 'Ltd', 'GmbH', 'Labs', 'Institute', 'Council', 'Fund', 'Group', 'Partners', 'University']
const CITIES = ['Bergen', 'Halifax', 'Seattle', 'Vancouver', 'Paris', 'St. John’s', 'Brisbane', 'Wichita', 'Victoria', 'Trondheim']

/** Spread like a young cluster: mostly industry and entrepreneurs, some members still unplaced. */
const PILLAR_SHARES: [Placement, number][] = [['industry', 30], ['entrepreneurs', 25], ['government', 10], ['academia', 15], ['investors', 10], ['unassigned', 10]]

/** Deterministic, but scattered over the list rather than in blocks. */
function pillarFor(index: number): Placement {
  let slot = (index * 7919) % 100
  for (const [pillar, share] of PILLAR_SHARES) {
    if (slot < share) return pillar
    slot -= share
  }
  return 'unassigned'
}

/** A workspace with `count` varied, realistic members (deterministic, so runs compare). */
export function syntheticWorkspace(count: number, name = `Benchmark Cluster (${count} members)`): Workspace {
  const base = createWorkspace({ id: `bench-${count}`, now: '2026-01-01T00:00:00.000Z', name })
  const members = Array.from({ length: count }, (_, i) =>
    MemberSchema.parse({
      id: `m${i}`,
      name: `${FIRST[i % FIRST.length]} ${SECOND[(i * 7) % SECOND.length]} ${KIND[(i * 3) % KIND.length]} ${i}`,
      pillar: pillarFor(i),
      role: MEMBER_ROLES[i % MEMBER_ROLES.length],
      stage: MEMBER_STAGES[(i * 3) % MEMBER_STAGES.length],
      sector: SECOND[i % SECOND.length],
      city: CITIES[i % CITIES.length],
      region: 'Benchmark Coast',
      website: `https://org-${i}.example`,
      contactName: `Contact ${i}`,
      contactEmail: `contact${i}@org-${i}.example`,
      size: MEMBER_SIZES[i % MEMBER_SIZES.length],
      notes: i % 4 === 0 ? 'Met at the spring forum; interested in joint test beds and the talent programme. ' : '',
      tags: i % 3 === 0 ? ['decarbonisation', 'data'] : ['talent']
    })
  )
  return { ...base, members }
}
