import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CellInput } from '../../../src/renderer/features/strategy/TargetsPanel'
import { flushAllDrafts } from '../../../src/renderer/state/draft-registry'
import { useFieldDraft } from '../../../src/renderer/state/use-field-draft'

function DraftField({ stored, commit }: { stored: string; commit: (value: string) => void }) {
  const draft = useFieldDraft(stored, commit, 60_000)
  return <input aria-label="Name" value={draft.value} onChange={(event) => draft.onChange(event.target.value)} />
}

describe('flushAllDrafts', () => {
  it('commits what a field holds back, once, without waiting for its pause', () => {
    const commit = vi.fn()
    render(<DraftField stored="Harbour" commit={commit} />)
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Harbour Tech' } })
    expect(commit).not.toHaveBeenCalled()
    flushAllDrafts()
    expect(commit).toHaveBeenCalledExactlyOnceWith('Harbour Tech')
    flushAllDrafts()
    expect(commit).toHaveBeenCalledTimes(1)
  })

  it('commits a table cell being edited (it otherwise saves only on leaving the cell)', () => {
    const onCommit = vi.fn()
    render(<CellInput label="Baseline" value="12" onCommit={onCommit} readOnly={false} />)
    fireEvent.change(screen.getByLabelText('Baseline'), { target: { value: '14 ' } })
    flushAllDrafts()
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('14')
  })

  it('forgets fields that are gone', () => {
    const commit = vi.fn()
    const { unmount } = render(<DraftField stored="a" commit={commit} />)
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'ab' } })
    unmount() // the field's own unmount commit
    expect(commit).toHaveBeenCalledTimes(1)
    flushAllDrafts()
    expect(commit).toHaveBeenCalledTimes(1)
  })
})
