import { externalUrl } from './external-links'

/** The origin of a URL; app:// is not a "special" scheme, so URL.origin would say "null". */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin
  } catch {
    return null
  }
}

/** Whether a URL belongs to the app page (for IPC sender checks and navigation). */
export function isTrustedAppUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origin !== 'null' && trustedOrigins.includes(origin)
}

/**
 * What to do when the page tries to go somewhere: stay (same app page), or refuse and, for a
 * safe web or mail link, hand it to the system browser instead.
 */
export type NavigationDecision = { allow: boolean; openExternally: string | null }

export function decideNavigation(target: string, trustedOrigins: readonly string[]): NavigationDecision {
  if (isTrustedAppUrl(target, trustedOrigins)) return { allow: true, openExternally: null }
  return { allow: false, openExternally: externalUrl(target) }
}
