import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FactList } from '../../../../src/renderer/features/library/FactList'

describe('the fact list', () => {
  it('shows "as of" next to a claim that can go stale, and nothing extra on a dated fact', () => {
    const { container } = render(
      <FactList
        facts={[
          { text: 'Joshua Berger is its first President and CEO.', status: 'verified', asOf: '2021-03-15', sources: [] },
          { text: 'Published in January 2019.', status: 'verified', sources: [] }
        ]}
      />
    )
    const [current, historic] = container.querySelectorAll('li')
    expect(current!.textContent).toContain('Joshua Berger is its first President and CEO. (as of 15 March 2021)')
    expect(historic!.querySelector('.fact-as-of')).toBeNull()
  })
})
