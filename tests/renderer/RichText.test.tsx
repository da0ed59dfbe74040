import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkdownView } from '../../src/renderer/components/RichText'
import { DANGEROUS_URL, FORBIDDEN_ELEMENTS, XSS_CORPUS } from '../fixtures/xss-corpus'

describe('MarkdownView', () => {
  it.each(XSS_CORPUS)('renders %j with no script, handler, forbidden element or dangerous URL', (payload) => {
    const { container } = render(<MarkdownView source={payload} />)
    for (const tag of FORBIDDEN_ELEMENTS) expect(container.querySelector(tag), tag).toBeNull()
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false)
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
          expect(attribute.value).not.toMatch(DANGEROUS_URL)
        }
      }
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('keeps safe links and shows the rest as plain text', () => {
    const { container } = render(<MarkdownView source={'[web](https://example.org) [bad](javascript:alert(1))'} />)
    expect(container.querySelectorAll('a')).toHaveLength(1)
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org')
    expect(container.querySelector('.unsafe-link')?.textContent).toBe('bad')
  })

  it('survives a 5,000-level nested quote with a message instead of a crash', () => {
    const { container } = render(<MarkdownView source={'>'.repeat(5000) + ' deep'} />)
    expect(container.querySelector('[role="note"]')?.textContent).toMatch(/nested more than/)
  })
})
