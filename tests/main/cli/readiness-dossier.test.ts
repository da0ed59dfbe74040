import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportCommand, newCommand } from '../../../src/main/cli/commands'
import { documentText } from '../../../src/shared/document/model'
import { readinessPart } from '../../../src/shared/readiness/print-part'
import { createWorkspace } from '../../../src/shared/workspace/schema'
import { pdfOutline, pdfPageTexts } from '../../support/pdf-text'
import { useTempDirs } from '../../support/temp-dir'
import { RESOURCES } from '../../support/workspaces'

describe('the readiness section of the founding dossier', () => {
  const tempDir = useTempDirs()

  it('gives each area a heading with its score, and each criterion its status, evidence and to-do', () => {
    const part = readinessPart(createWorkspace({ id: 'ws', now: '2026-12-01T10:00:00.000Z', name: 'Empty' }))
    if (part.type !== 'text') throw new Error('expected a text part')
    expect(part.title).toBe('Readiness self-assessment')
    const text = documentText(part.blocks)
    expect(text[0]).toMatch(/^Overall 0%\. /)
    expect(part.blocks.filter((block) => block.type === 'heading').map((block) => documentText([block])[0])).toEqual([
      'Who is in the cluster: 0%', 'Management and governance: 0%', 'Financing the cluster organisation: 0%', 'Services for members: 0%',
      'Members working together: 0%', 'Results and recognition: 0%', 'A strategy that is written and kept up: 0%'
    ])
    expect(text).toEqual(expect.arrayContaining([
      'Not yet: At least 15 committed members',
      'In the workspace: 0 committed members (Industry leaders 0, Entrepreneurs 0, Government 0, Academia 0, Investors 0).',
      'To do: Win 15 more committed members. (Pillar map)'
    ]))
  })

  it('prints in the demo dossier PDF, with its own bookmark, the evidence and the team notes', async () => {
    const dir = await tempDir()
    await cp(join(RESOURCES, 'demo'), join(dir, 'Demo.cluster'), { recursive: true })
    const out = join(dir, 'dossier.pdf')
    const result = await exportCommand(join(dir, 'Demo.cluster'), { kind: 'dossier', out }, RESOURCES)
    expect(result.code, result.stderr).toBe(0)
    const bytes = new Uint8Array(await readFile(out))
    const all = (await pdfPageTexts(bytes)).join(' ')
    expect(all).toContain('Readiness self-assessment')
    expect(all).toContain('Who is in the cluster: 75%')
    expect(all).toContain('13 committed members (Industry leaders 5')
    expect(all).toContain('two days a week')
    expect((await pdfOutline(bytes)).map((entry) => entry.title)).toContain('Readiness self-assessment')
  }, 60_000)

  it('prints in the dossier of an empty workspace', async () => {
    const dir = await tempDir()
    await newCommand(join(dir, 'Empty'), 'Empty')
    const out = join(dir, 'dossier.pdf')
    const result = await exportCommand(join(dir, 'Empty.cluster'), { kind: 'dossier', out }, RESOURCES)
    expect(result.code, result.stderr).toBe(0)
    const all = (await pdfPageTexts(new Uint8Array(await readFile(out)))).join(' ')
    expect(all).toContain('Readiness self-assessment')
    expect(all).toContain('No strategy has been started.')
  }, 60_000)
})
