import { analyzeBalance } from '../members/balance'
import { countOf, plural } from '../plural'
import { assessReadiness } from '../readiness/assess'
import type { Workspace } from '../workspace/schema'

/** The areas of the app a step is done in (the ids of the sidebar's areas). */
export type StepArea = 'members' | 'pillar-map' | 'strategy' | 'readiness' | 'export'

export type NextStep = { id: string; title: string; detail: string; area: StepArea; action: string }

/** What else the steps need to know that the workspace does not hold. */
export type StepContext = { exported: boolean }

/** "A", "A and B", "A, B and 2 more": names in a line that stays short. */
function someNames(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names.join('')
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
}

/**
 * What a founding team could do next, worked out from the workspace alone, in the order a
 * cluster is usually formed: gather members, place them, fill thin pillars, start the strategy,
 * write it, close readiness gaps, share a first document. Done steps drop out, so the list
 * shrinks as the team progresses; it is empty when nothing is left to suggest.
 */
export function nextSteps(workspace: Workspace, context: StepContext): NextStep[] {
  const steps: NextStep[] = []
  const { members, strategy } = workspace

  if (members.length === 0) {
    steps.push({
      id: 'add-members',
      title: 'Add your first members',
      detail: 'List the firms, researchers, public bodies and investors you are talking to, one by one or from a spreadsheet.',
      area: 'members',
      action: 'Add or import members'
    })
  } else {
    const balance = analyzeBalance(members)
    if (balance.unassigned > 0)
      steps.push({
        id: 'place-members',
        title: `Place ${countOf(balance.unassigned, 'member', 'members')} on a pillar`,
        detail: `${plural(balance.unassigned, 'It is', 'They are')} not on any of the five pillars yet, so the balance cannot count ${plural(balance.unassigned, 'it', 'them')}.`,
        area: 'pillar-map',
        action: 'Open the pillar map'
      })
    const thin = balance.pillars.filter((pillar) => pillar.committed === 0).map((pillar) => pillar.label)
    if (thin.length > 0)
      steps.push({
        id: 'thin-pillars',
        title: `Win a committed member for ${someNames(thin)}`,
        detail: `${plural(thin.length, 'This pillar has', 'These pillars have')} no committed member yet; a cluster is expected to have all five.`,
        // Won by adding members or recording a commitment, both done in Members (the map's balance
        // panel, closed by default on smaller screens, would not be what the step opens to).
        area: 'members',
        action: 'Open members'
      })
  }

  if (!strategy.started) {
    steps.push({
      id: 'choose-template',
      title: 'Start your strategy from a template',
      detail: 'A template gives the sections a cluster strategy needs, with guidance for each.',
      area: 'strategy',
      action: 'Choose a template'
    })
  } else {
    const empty = strategy.sections.filter((section) => section.status === 'empty').map((section) => section.title)
    const draft = strategy.sections.filter((section) => section.status === 'draft').map((section) => section.title)
    if (empty.length > 0)
      steps.push({ id: 'write-sections', title: `Write ${countOf(empty.length, 'empty section', 'empty sections')}`, detail: someNames(empty), area: 'strategy', action: 'Write the sections' })
    if (draft.length > 0)
      steps.push({ id: 'finish-drafts', title: `Take ${countOf(draft.length, 'draft section', 'draft sections')} to review`, detail: someNames(draft), area: 'strategy', action: 'Review the drafts' })
  }

  // The count is the Readiness page's own; the example is one not already a step above (gaps on
  // the map are, and the strategy's wait until it is started).
  const todos = assessReadiness(workspace).todos
  const example = todos.find((todo) => todo.fixAt !== 'pillar-map' && todo.fixAt !== 'members' && (strategy.started || todo.fixAt !== 'strategy'))
  if (example)
    steps.push({
      id: 'readiness',
      title: `Close ${countOf(todos.length, 'readiness gap', 'readiness gaps')}`,
      detail: `For example: ${example.text}`,
      area: 'readiness',
      action: 'Open readiness'
    })

  if (!context.exported)
    steps.push({
      id: 'export',
      title: 'Export a first document',
      detail: 'A PDF of the pillar map, the member list or the strategy to share with partners.',
      area: 'export',
      action: 'Open export'
    })
  return steps
}
