import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkdownView } from '../../../../src/renderer/components/RichText'
import { useStrategyRendering } from '../../../../src/renderer/features/strategy/strategy-rendering'
import type { Workspace } from '../../../../src/shared/workspace/schema'
import { FORBIDDEN_ELEMENTS, XSS_CORPUS } from '../../../fixtures/xss-corpus'
import { workspaceWith } from '../../../support/workspaces'

function Preview({ workspace, source }: { workspace: Workspace; source: string }) {
  const { options } = useStrategyRendering(workspace, [])
  return <MarkdownView source={source} {...options} />
}

const hostile = (name: string): Workspace => {
  const workspace = workspaceWith(2, 'Safe name')
  return { ...workspace, cluster: { ...workspace.cluster, name } }
}

describe('the strategy preview', () => {
  it.each(XSS_CORPUS.slice(0, 25))('shows workspace data %j as text, never as markup', (payload) => {
    const { container } = render(<Preview workspace={hostile(payload.slice(0, 120) || 'x')} source={'Welcome to {{cluster.name}}. ' + payload} />)
    for (const tag of FORBIDDEN_ELEMENTS) expect(container.querySelector(tag), tag).toBeNull()
    for (const element of container.querySelectorAll('*')) for (const attribute of element.attributes) expect(attribute.name.startsWith('on')).toBe(false)
  })

  it('fills placeholders, flags unknown ones and numbers unknown citations as "?"', () => {
    const { container } = render(<Preview workspace={workspaceWith(3, 'Harbour Tech')} source={'{{cluster.name}} has {{members.total}} members. {{no.such}} [@missing]'} />)
    expect(container.textContent).toContain('Harbour Tech has 3 members.')
    expect(container.querySelector('.placeholder-unknown')?.textContent).toBe('{{no.such}}')
    expect(container.querySelector('.citation')?.textContent).toBe('[?]')
  })

  it('survives a 5,000-level nested quote with a message', () => {
    const { container } = render(<Preview workspace={workspaceWith(1)} source={'>'.repeat(5000) + ' deep'} />)
    expect(container.querySelector('[role="note"]')?.textContent).toMatch(/nested more than/)
  })
})
