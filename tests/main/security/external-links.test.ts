import { describe, expect, it, vi } from 'vitest'
import { isSafeExternalUrl, openExternalSafely } from '../../../src/main/security/external-links'
import { decideNavigation } from '../../../src/main/security/navigation'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://maritimeblue.org/',
    'http://www.oceansupercluster.ca/about',
    'https://example.com/path?q=1#frag',
    'mailto:team@example.org'
  ])('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'file://server/share/x',
    '\\\\server\\share\\evil.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'ms-officecmd:{}',
    'cluster-workbench://open',
    'https://user:pass@example.com/',
    'https://',
    'mailto:',
    'mailto:not-an-address',
    'not a url',
    '',
    'https://example.com/' + 'a'.repeat(3000)
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false))

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://x.org'], new URL('https://x.org')]) {
      expect(isSafeExternalUrl(value)).toBe(false)
    }
  })

  it('opens only what passes the check', async () => {
    const open = vi.fn(async () => undefined)
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false)
    expect(await openExternalSafely('https://example.org', open)).toBe(true)
    expect(open).toHaveBeenCalledTimes(1)
    expect(open).toHaveBeenCalledWith('https://example.org')
  })
})

describe('decideNavigation', () => {
  const origins = ['app://bundle']
  it('stays on the app page, refuses everything else, and hands safe links to the browser', () => {
    expect(decideNavigation('app://bundle/index.html#library', origins)).toEqual({ allow: true, openExternally: null })
    expect(decideNavigation('https://example.org/', origins)).toEqual({ allow: false, openExternally: 'https://example.org/' })
    expect(decideNavigation('file:///etc/passwd', origins)).toEqual({ allow: false, openExternally: null })
    expect(decideNavigation('app://other/index.html', origins)).toEqual({ allow: false, openExternally: null })
    expect(decideNavigation('::not a url', origins)).toEqual({ allow: false, openExternally: null })
  })
})
