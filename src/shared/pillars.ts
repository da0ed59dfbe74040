/**
 * The five pillars of an innovation cluster, plus the lane for members not yet placed.
 * Order matters: it is the order of lanes on the pillar map and of columns in exports.
 */
export const PILLARS = ['industry', 'entrepreneurs', 'government', 'academia', 'investors'] as const
export type Pillar = (typeof PILLARS)[number]

export const PLACEMENTS = [...PILLARS, 'unassigned'] as const
export type Placement = (typeof PLACEMENTS)[number]

export type PillarInfo = { label: string; brings: string }

/** Short labels and one line on what each pillar brings; the library explains them at length. */
export const PILLAR_INFO: Record<Pillar, PillarInfo> = {
  industry: {
    label: 'Industry leaders',
    brings: 'Established firms that set the agenda, buy innovation and anchor the cluster.'
  },
  entrepreneurs: {
    label: 'Entrepreneurs',
    brings: 'Start-ups and scale-ups that turn shared problems into new products.'
  },
  government: {
    label: 'Government',
    brings: 'Public bodies that fund, regulate and convene at local to national level.'
  },
  academia: {
    label: 'Academia',
    brings: 'Universities and institutes that supply research, talent and test beds.'
  },
  investors: {
    label: 'Investors',
    brings: 'Venture, corporate and public investors that finance growth.'
  }
}

export function placementLabel(placement: Placement): string {
  return placement === 'unassigned' ? 'Unassigned' : PILLAR_INFO[placement].label
}
