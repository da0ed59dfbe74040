import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SaveIndicator } from '../../src/renderer/features/shell/SaveIndicator'

describe('SaveIndicator', () => {
  it('says Saved only for a completed save', () => {
    render(<SaveIndicator status={{ state: 'saved', at: '2026-01-01T10:00:00.000Z' }} />)
    expect(screen.getByRole('status').textContent).toBe('Saved')
  })

  it('shows why a save failed and what happens next', () => {
    render(<SaveIndicator status={{ state: 'failed', reason: 'the disk is full', retrying: true }} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('Not saved: the disk is full')
    expect(status.getAttribute('title')).toContain('try again automatically')
  })

  it('shows saving while edits are queued or being written', () => {
    render(<SaveIndicator status={{ state: 'pending' }} />)
    expect(screen.getByRole('status').textContent).toBe('Saving…')
  })
})
