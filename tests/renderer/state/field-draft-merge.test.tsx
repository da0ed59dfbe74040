import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { flushAllDrafts } from '../../../src/renderer/state/draft-registry'
import { useFieldDraft } from '../../../src/renderer/state/use-field-draft'

function SectionBody({ stored, commit }: { stored: string; commit: (value: string) => void }) {
  const draft = useFieldDraft(stored, commit, 60_000, { mergeChanges: true })
  return <textarea aria-label="Body" value={draft.value} onChange={(event) => draft.onChange(event.target.value)} />
}

describe('a section draft in a shared workspace', () => {
  it("takes in a teammate's change that arrives while the person is typing, and commits both", () => {
    const commit = vi.fn()
    const { rerender } = render(<SectionBody stored={'Vision.\n\nGoals.'} commit={commit} />)
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Vision: a blue harbour.\n\nGoals.' } })
    // Main pushes the team's change to the same section (the draft is not committed yet).
    rerender(<SectionBody stored={'Vision.\n\nGoals: 40 members by 2028.'} commit={commit} />)
    expect(screen.getByLabelText<HTMLTextAreaElement>('Body').value).toBe('Vision: a blue harbour.\n\nGoals: 40 members by 2028.')
    flushAllDrafts()
    expect(commit).toHaveBeenCalledExactlyOnceWith('Vision: a blue harbour.\n\nGoals: 40 members by 2028.')
  })

  it('does not repeat its own committed text when the commit comes back as the stored value', () => {
    const commit = vi.fn()
    const { rerender } = render(<SectionBody stored="Plan" commit={commit} />)
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Plan A' } })
    flushAllDrafts()
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Plan A and B' } })
    rerender(<SectionBody stored="Plan A" commit={commit} />)
    expect(screen.getByLabelText<HTMLTextAreaElement>('Body').value).toBe('Plan A and B')
  })
})
