import type { Block, Inline } from '../document/model'
import { INITIATIVE_STATUS_LABELS, type Initiative } from '../strategy/schema'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2027-03" → "March 2027"; "2027-03-15" → "15 March 2027" (plans are read in English here, like the rest of the export). */
export function formatPlanDate(date: string): string {
  const [year, month, day] = date.split('-')
  const name = MONTHS[Number(month) - 1] ?? month
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`
}

function period(initiative: Initiative): string {
  const { start, end } = initiative
  if (start && end) return `${formatPlanDate(start)} – ${formatPlanDate(end)}`
  if (start) return `from ${formatPlanDate(start)}`
  return end ? `until ${formatPlanDate(end)}` : ''
}

const text = (value: string): Inline => ({ type: 'text', value })
const field = (label: string, value: string): Block => ({ type: 'paragraph', children: [{ type: 'strong', children: [text(`${label}: `)] }, text(value)] })

/**
 * One initiative as a funder reads it: its title, what it will do, who leads it and with whom,
 * when, what it costs, where it stands, and its milestones. Fields the team has not filled are left out.
 */
export function initiativeBlocks(initiative: Initiative, who: (memberId: string | null) => string): Block[] {
  const partners = initiative.partnerIds.map(who).filter(Boolean)
  const description = initiative.description.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean)
  const fields: [string, string][] = [
    ['Lead', who(initiative.leadId)],
    ['Partners', partners.join('; ')],
    ['Period', period(initiative)],
    ['Budget', initiative.budget],
    ['Status', INITIATIVE_STATUS_LABELS[initiative.status]]
  ]
  const milestones: Block[] = initiative.milestones.length
    ? [
        { type: 'paragraph', children: [{ type: 'strong', children: [text('Milestones')] }] },
        { type: 'list', ordered: false, start: null, items: initiative.milestones.map((milestone) => [{ type: 'paragraph', children: [text(milestone.due ? `${formatPlanDate(milestone.due)}: ${milestone.title}` : milestone.title)] }]) }
      ]
    : []
  return [
    { type: 'heading', depth: 2, children: [text(initiative.title)] },
    ...description.map((paragraph): Block => ({ type: 'paragraph', children: [text(paragraph)] })),
    ...fields.filter(([, value]) => value).map(([label, value]) => field(label, value)),
    ...milestones
  ]
}
