import { domainToUnicode } from 'node:url'

const MAIL_ADDRESS = /^[^\s@/\\?]+@[^\s@/\\?]+$/
/** The only mailto fields a link may fill in; `attach=`, `cc=`, `bcc=`, … could attach files or copy mail elsewhere. */
const MAIL_FIELDS = new Set(['subject', 'body'])

/**
 * The URL as it may be handed to the operating system, in its parsed ASCII form (`url.href`:
 * punycode host, percent-encoded rest), or null. Allowed: web pages over http(s) without
 * embedded credentials on a host whose labels do not mix scripts, and mailto addresses with at
 * most a subject and body. Everything else (javascript:, file:, smb:, custom schemes that
 * launch programs, undecodable escapes, …) is refused. Never throws.
 */
export function externalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    const ok = url.hostname !== '' && url.username === '' && url.password === '' && !mixesScripts(url.hostname)
    return ok ? url.href : null
  }
  if (url.protocol === 'mailto:') {
    const address = decoded(url.pathname)
    const fields = [...url.searchParams.keys()]
    return address !== null && MAIL_ADDRESS.test(address) && fields.every((field) => MAIL_FIELDS.has(field.toLowerCase())) ? url.href : null
  }
  return null
}

export const isSafeExternalUrl = (value: unknown): value is string => externalUrl(value) !== null

/** Opens a checked URL (its parsed form, never the raw string) with the system's handler; returns whether it was opened. */
export async function openExternalSafely(value: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  const href = externalUrl(value)
  if (href === null) return false
  await open(href)
  return true
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null // "%E0" alone is not UTF-8: such a link is refused, not an exception
  }
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Devanagari', 'Georgian'] as const
const SCRIPT_TESTS = SCRIPTS.map((script) => new RegExp(`\\p{Script=${script}}`, 'u'))

/**
 * Whether a label of the host mixes letters of two scripts ("pаypal" with a Cyrillic "а"), the
 * usual look-alike trick. Japanese mixes Han and kana by nature, so those count as one script.
 */
function mixesScripts(hostname: string): boolean {
  return domainToUnicode(hostname)
    .split('.')
    .some((label) => {
      const found = new Set(SCRIPTS.filter((_, index) => SCRIPT_TESTS[index]!.test(label)).map((script) => (script === 'Hiragana' || script === 'Katakana' || script === 'Han' ? 'Japanese' : script)))
      return found.size > 1
    })
}
