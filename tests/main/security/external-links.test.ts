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
    expect(open).toHaveBeenCalledWith('https://example.org/')
  })

  it('hands the opener the parsed, ASCII form of the link, never the raw string', async () => {
    const open = vi.fn(async (url: string) => void url)
    await openExternalSafely('HTTPS://Example.ORG/a b?x=ü', open)
    await openExternalSafely('https://münchen.de/straße', open)
    await openExternalSafely('mailto:team@example.org?subject=Grüße', open)
    expect(open.mock.calls.map(([url]) => url)).toEqual([
      'https://example.org/a%20b?x=%C3%BC',
      'https://xn--mnchen-3ya.de/stra%C3%9Fe',
      'mailto:team@example.org?subject=Gr%C3%BC%C3%9Fe'
    ])
  })

  it('allows a subject and a body in mailto links, and nothing that could attach or copy mail', () => {
    expect(isSafeExternalUrl('mailto:team@example.org?subject=Hello&body=See%20you')).toBe(true)
    for (const url of ['mailto:team@example.org?attach=/etc/passwd', 'mailto:team@example.org?subject=x&Attachment=C:%5Cboot.ini', 'mailto:team@example.org?bcc=spy@evil.example', 'mailto:a@b.org,c@d.org?cc=x@y.org']) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })

  it('refuses, without throwing, an escape that is not UTF-8', () => {
    expect(() => isSafeExternalUrl('mailto:%E0@example.org')).not.toThrow()
    expect(isSafeExternalUrl('mailto:%E0@example.org')).toBe(false)
    expect(decideNavigation('mailto:%E0@example.org', [])).toEqual({ allow: false, openExternally: null })
  })

  it('refuses look-alike hosts that mix scripts in one label, and allows honest international ones', () => {
    expect(isSafeExternalUrl('https://p\u0430ypal.com/')).toBe(false) // Cyrillic а
    expect(isSafeExternalUrl('https://xn--pypal-4ve.com/')).toBe(false) // the same host, already in punycode
    expect(isSafeExternalUrl('https://\u03bfpenai.com/')).toBe(false) // Greek ο
    expect(isSafeExternalUrl('https://münchen.de/')).toBe(true)
    expect(isSafeExternalUrl('https://пример.рф/')).toBe(true)
    expect(isSafeExternalUrl('https://日本語.jp/')).toBe(true)
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
