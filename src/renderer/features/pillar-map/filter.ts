import { STAGE_LABELS, type Member } from '../../../shared/workspace/member'

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** Whether a member matches the map's filter: name, tag, sector or stage; accents ignored. */
export function matchesFilter(member: Member, query: string): boolean {
  const wanted = fold(query.trim())
  if (!wanted) return true
  return [member.name, member.sector, STAGE_LABELS[member.stage], ...member.tags].some((value) => fold(value).includes(wanted))
}

/** Splits `text` into runs, marking the ones that match `query`, for highlighting. */
export function highlightRuns(text: string, query: string): { text: string; match: boolean }[] {
  const wanted = fold(query.trim())
  if (!wanted) return [{ text, match: false }]
  const folded = fold(text)
  // Folding can change lengths (e.g. "ß" stays one letter, combining marks vanish); fall back when it does.
  if (folded.length !== text.length) return [{ text, match: folded.includes(wanted) }]
  const runs: { text: string; match: boolean }[] = []
  let at = 0
  for (let found = folded.indexOf(wanted); found !== -1; found = folded.indexOf(wanted, at)) {
    if (found > at) runs.push({ text: text.slice(at, found), match: false })
    runs.push({ text: text.slice(found, found + wanted.length), match: true })
    at = found + wanted.length
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: false })
  return runs
}
