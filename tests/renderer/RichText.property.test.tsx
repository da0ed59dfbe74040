import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MarkdownView } from '../../src/renderer/components/RichText'
import { DANGEROUS_URL, FORBIDDEN_ELEMENTS, XSS_CORPUS } from '../fixtures/xss-corpus'

describe('MarkdownView under fuzzing', () => {
  it('never renders a forbidden element, event handler or dangerous URL, whatever is typed', () => {
    const text = fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...XSS_CORPUS, '[', '](', '<', '>', '`', '**', '\n\n', '| a |\n|---|\n')), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (source) => {
        const { container } = render(<MarkdownView source={source} />)
        for (const tag of FORBIDDEN_ELEMENTS) expect(container.querySelector(tag)).toBeNull()
        for (const element of container.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            expect(attribute.name.startsWith('on')).toBe(false)
            if (attribute.name === 'href' || attribute.name === 'src') expect(attribute.value).not.toMatch(DANGEROUS_URL)
          }
        }
        cleanup()
      }),
      { numRuns: 300 }
    )
  })
})
