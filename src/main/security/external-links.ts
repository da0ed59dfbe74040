/**
 * Whether a URL may be handed to the operating system: web pages over http(s) without embedded
 * credentials, and mailto addresses. Everything else (javascript:, file:, smb:, custom schemes
 * that launch programs, …) is refused.
 */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    return url.hostname !== '' && url.username === '' && url.password === ''
  }
  if (url.protocol === 'mailto:') return /^[^\s@/\\]+@[^\s@/\\]+$/.test(decodeURIComponent(url.pathname))
  return false
}

/** Opens a checked URL with the system's handler; returns whether it was opened. */
export async function openExternalSafely(value: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(value)) return false
  await open(value)
  return true
}
