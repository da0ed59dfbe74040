import { foldText } from '../../../shared/fold-text'
import { STAGE_LABELS, type Member } from '../../../shared/workspace/member'

const searchTexts = new WeakMap<Member, string>()

/** The text a member is found by (name, sector, stage, tags), folded once and remembered. */
function searchText(member: Member): string {
  let text = searchTexts.get(member)
  if (text === undefined) {
    text = foldText([member.name, member.sector, STAGE_LABELS[member.stage], ...member.tags].join('\u0000'))
    searchTexts.set(member, text)
  }
  return text
}

/**
 * A slice of idle work, in ms. An idle period may last 50 ms, and a key pressed during it waits
 * for it to end, so the warm-up takes small slices instead of whole periods.
 */
const IDLE_SLICE_MS = 4

/**
 * Each list's search texts, index for index, as warmed so far. The first keystroke looks up every
 * member, and an array read is several times quicker than a WeakMap lookup per member.
 */
const listTexts = new WeakMap<readonly Member[], string[]>()

/** Folds every member's search text ahead of the first keystroke, a few ms at a time when the page is idle. */
export function warmSearch(members: readonly Member[]): () => void {
  const texts: string[] = []
  listTexts.set(members, texts)
  let handle = 0
  const step = (deadline: IdleDeadline) => {
    const until = performance.now() + Math.min(IDLE_SLICE_MS, deadline.timeRemaining() - 1)
    while (texts.length < members.length && performance.now() < until) texts.push(searchText(members[texts.length]!))
    if (texts.length < members.length) handle = requestIdleCallback(step)
  }
  handle = requestIdleCallback(step)
  return () => cancelIdleCallback(handle)
}

/**
 * The map's filter (name, tag, sector or stage; accents ignored) over one list, built once per
 * query: whether `members[index]` matches, using the texts warmed for that list where there are.
 */
export function createListMatcher(members: readonly Member[], query: string): (index: number) => boolean {
  const wanted = foldText(query.trim())
  if (!wanted) return () => true
  const texts = listTexts.get(members) ?? []
  return (index) => (texts[index] ?? searchText(members[index]!)).includes(wanted)
}
