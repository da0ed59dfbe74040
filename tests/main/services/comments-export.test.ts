import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { exportCommand } from '../../../src/main/cli/commands'
import { describe, expect, it } from 'vitest'
import { quoteAt } from '../../../src/shared/comments/anchor'
import { applyCommand, WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import { WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { pdfPageTexts } from '../../support/pdf-text'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, RESOURCES } from '../../support/workspaces'

const A4 = { size: 'A4', orientation: 'portrait', margins: 'normal' } as const
const AT = '2026-11-02T09:00:00.000Z'

/** The demo with a thread on a passage of its vision (with a reply) and a suggested edit. */
async function demoWithComments(): Promise<Workspace> {
  const demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
  const vision = demo.strategy.sections.find((section) => section.id === 'demo-section-03')!
  const start = vision.markdown.indexOf('By 2032')
  const commands: WorkspaceCommandInput[] = [
    { type: 'comment/add', comment: { id: 'c1', sectionId: vision.id, author: 'Åse Nygård', createdAt: AT, body: 'Is 2032 too soon for the harbour board?', anchor: quoteAt(vision.markdown, start, start + 7) } },
    { type: 'comment/reply', id: 'c1', reply: { id: 'r1', author: 'Bjørn Ødegård', at: AT, body: 'The board agreed in October.' } },
    { type: 'comment/add', comment: { id: 'c2', sectionId: vision.id, author: 'Bjørn Ødegård', createdAt: AT, body: '', anchor: quoteAt(vision.markdown, start, start + 7), suggestion: { replacement: 'By 2033' } } }
  ]
  return commands.reduce((workspace, input) => applyCommand(workspace, WorkspaceCommandSchema.parse(input)), demo)
}

const wordText = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ')

describe('comments in exports', () => {
  const tempDir = useTempDirs()

  it('never prints comments unless asked, and then prints them as an appendix, in the PDF and in Word', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir, await demoWithComments()))

    const plain = (await pdfPageTexts((await services.exports.render({ kind: 'strategy', options: A4 })).bytes)).join(' ')
    expect(plain).toContain('By 2032')
    for (const absent of ['Comments on', 'Is 2032 too soon', 'Åse Nygård', 'By 2033']) expect(plain).not.toContain(absent)
    const plainWord = wordText((await services.exports.renderWord({ kind: 'strategy' })).bytes)
    expect(plainWord).not.toContain('Comments on')
    expect(plainWord).not.toContain('Is 2032 too soon')

    const pages = await pdfPageTexts((await services.exports.render({ kind: 'strategy', options: A4, comments: true })).bytes)
    const appendix = pages.slice(pages.findIndex((page, index) => index > 1 && page.includes('Comments on “Vision”'))).join(' ')
    for (const present of ['Comments on “Vision”', 'Åse Nygård', 'Is 2032 too soon for the harbour board?', 'The board agreed in October.', 'Suggested change: By 2033']) expect(appendix).toContain(present)
    expect(appendix).toMatch(/“\s?By 2032”/) // the passage commented on
    expect(pages[1]).toContain('Comments on “Vision”') // listed in the contents

    const word = wordText((await services.exports.renderWord({ kind: 'dossier', comments: true })).bytes)
    for (const present of ['Comments on “Vision”', 'Is 2032 too soon for the harbour board?', 'The board agreed in October.', 'By 2033']) expect(word).toContain(present)
    await services.session.dispose()
  })

  it('adds the appendix from the command line only with --comments', async () => {
    const dir = await tempDir()
    const bundle = await makeBundle(dir, await demoWithComments())
    const word = async (name: string, comments: boolean) => {
      const out = join(dir, name)
      const result = await exportCommand(bundle, { kind: 'strategy', out, comments }, RESOURCES)
      expect(result.code, result.stderr).toBe(0)
      return wordText(new Uint8Array(await readFile(out)))
    }
    expect(await word('plain.docx', false)).not.toContain('Is 2032 too soon')
    expect(await word('with-comments.docx', true)).toContain('Is 2032 too soon for the harbour board?')
  })
})
