import { PILLARS } from '../../src/shared/pillars'
import type { Strategy } from '../../src/shared/strategy/schema'
import type { Workspace } from '../../src/shared/workspace/schema'
import { member, workspaceWith } from './workspaces'

/**
 * A workspace with the longest names and addresses a real cluster has: university departments,
 * agencies with their acronym, deep links with query strings, Welsh place names. Export tests use
 * it to check that every printed field comes out whole.
 */
export const LONG_NAMES = [
  'Norwegian University of Science and Technology, Department of Marine Technology (NTNU IMT)',
  'Fraunhofer-Institut für Windenergiesysteme IWES, Abteilung Rotorblätter und Strukturdynamik',
  'Agence régionale de développement économique et d’innovation de la Région Bretagne (Bretagne Développement Innovation)',
  'Kestrel Coast Regional Council, Directorate for Economic Development, Skills and Maritime Infrastructure',
  'Østvik Sjømat og Havbruksteknologi AS',
  'Nordic Blue Economy Venture Capital Partners Fund II Limited Partnership'
] as const

export const LONG_WEBSITE = 'https://www.ntnu.edu/imt/research/marine-cybernetics-and-autonomous-systems/laboratories/ocean-basin?lang=en&section=overview'
export const LONG_PLACE = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'
export const LONG_SECTOR = 'Offshore renewable energy, floating wind and marine operations'

export function longContentWorkspace(): Workspace {
  const base = workspaceWith(0, 'Kestrel Coast Ocean Technology, Blue Economy and Maritime Innovation Cluster')
  const members = LONG_NAMES.map((name, index) =>
    member({
      id: `long${index}`,
      name,
      pillar: PILLARS[index % PILLARS.length],
      stage: index % 2 ? 'committed' : 'letter-of-support',
      role: index === 0 ? 'founding-member' : 'member',
      sector: LONG_SECTOR,
      city: LONG_PLACE,
      website: `${LONG_WEBSITE}&member=${index}`
    })
  )
  const strategy: Strategy = {
    ...base.strategy,
    started: true,
    title: 'Kestrel Coast Ocean Technology Cluster: founding strategy and action plan 2027–2032',
    sections: [
      {
        id: 's1',
        title: 'Vision, mission and the value the cluster creates for its members',
        markdown: `The cluster works with [the ocean basin laboratory](${LONG_WEBSITE}) and publishes its data at ${LONG_WEBSITE}.`,
        status: 'draft',
        templateSectionId: null,
        startsPart: false
      }
    ],
    targets: [
      { id: 't1', indicator: 'Number of collaborative research and development projects between small companies and universities', baseline: '3 joint projects in 2025', target: '25 joint projects, of which 10 led by SMEs', year: 2030, owner: 'Kestrel Coast Regional Council, Directorate for Economic Development', unit: 'joint projects per year' }
    ],
    initiatives: [
      { id: 'i1', title: 'Shared autonomous surface vessel test bed in the Kestrel fjord for start-ups and research groups', leadId: 'long0', partnerIds: ['long1', 'long2', 'long3', 'long4', 'long5'],
        description: 'A fjord basin with a shore station where members test autonomous surface vessels under real sea states, with shared sensors, a data platform and a safety case approved by the maritime authority.',
        milestones: [
          { title: 'Permit for the test area granted by the Norwegian Maritime Authority and the Kestrel Coast harbour master', due: '2027-06' },
          { title: 'First ten vessel trials by member companies completed and reported', due: '2028-03' }
        ],
        start: '2027-01',
        end: '2029-12',
        budget: 'NOK 42 million over three years, of which 40 % from the regional development fund',
        status: 'planned' }
    ]
  }
  return { ...base, members, strategy }
}
