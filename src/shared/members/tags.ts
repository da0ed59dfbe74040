/** Tags are typed (member form) and imported (CSV) as one text; either separator works in both. */
const TAG_SEPARATORS = /[;,|]/

/** "ocean, robotics; ocean" → ["ocean", "robotics"]: trimmed, empty ones dropped, each once. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(TAG_SEPARATORS).map((tag) => tag.trim()).filter(Boolean))]
}

/** Tags as one text again, for the member form and CSV export; parseTags reads it back. */
export function joinTags(tags: readonly string[]): string {
  return tags.join('; ')
}
