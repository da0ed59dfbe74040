import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../src/shared/document/safe-url'
import { isSafeExternalUrl } from '../../../src/main/security/external-links'

const schemes = fc.constantFrom('javascript', 'JavaScript', 'vbscript', 'data', 'file', 'smb', 'ms-msdt', 'search-ms', 'ftp', 'chrome', 'app', 'cluster-workbench', 'blob', 'about')

describe('link checks under fuzzing', () => {
  it('accept only http(s) and mailto, whatever else the URL contains', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl().chain((url) => schemes.map((scheme) => url.replace(/^https?/, scheme))), fc.string(), fc.webUrl()), (url) => {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
        const allowed = scheme === 'http' || scheme === 'https' || scheme === 'mailto'
        if (!allowed) {
          expect(isSafeExternalUrl(url)).toBe(false)
          expect(safeHref(url)).toBeNull()
        }
      }),
      { numRuns: 1000 }
    )
  })

  it('never throws on any value', () => {
    fc.assert(fc.property(fc.anything(), (value) => void isSafeExternalUrl(value)), { numRuns: 500 })
  })
})
