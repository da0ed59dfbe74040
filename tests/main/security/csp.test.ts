import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp'

const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((part) => {
  const [name, ...values] = part.trim().split(/\s+/)
  return [name!, values]
}))

describe('the Content-Security-Policy', () => {
  it('denies by default and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:/)
  })

  it('blocks plugins, base-tag tricks, form posts and frames', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src']) expect(directives.get(name)).toEqual(["'none'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
  })
})
