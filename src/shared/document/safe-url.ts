/**
 * The link targets allowed in user text: web pages over http(s) and mailto addresses. Pure
 * string checks (no URL global), so this runs in every layer; main re-checks before opening.
 */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = raw.trim().replace(/[\u0000-\u001f\u007f\s]+/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase()
  // No "user:password@" before the host: main refuses such links, so they are not shown as links either.
  if (scheme === 'http' || scheme === 'https') return /^https?:\/\/[^/?#\s@]+(?:[/?#]|$)/i.test(compact) ? raw.trim() : null
  // An address, then at most a subject and a body: "?attach=" or "?bcc=" are not links a reader may follow.
  if (scheme === 'mailto') return /^mailto:[^\s@?]+@[^\s@?]+(?:\?(?:subject|body)=[^&]*(?:&(?:subject|body)=[^&]*)*)?$/i.test(compact) ? raw.trim() : null
  return null
}
