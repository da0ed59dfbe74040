import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../src/shared/workspace/schema'
import { useTempDirs } from '../../support/temp-dir'
import { pdfPageTexts } from '../../support/pdf-text'
import { ROOT } from '../../support/workspaces'

const run = promisify(execFile)

/** Runs `npm run cli -- …` exactly as the README says, and returns its exit code and output. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'cli', '--', ...args], { cwd: ROOT })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('the command-line interface', () => {
  const tempDir = useTempDirs()

  it('creates a workspace, summarises it as JSON, and validates it', async () => {
    const dir = await tempDir()
    const created = await cli('new', join(dir, 'Fjord Tech'), '--name', 'Fjord Tech Ø Cluster')
    expect(created.code).toBe(0)
    expect(created.stdout).toContain(join(dir, 'Fjord Tech.cluster'))

    const info = await cli('info', join(dir, 'Fjord Tech.cluster'))
    expect(info.code).toBe(0)
    const summary = JSON.parse(info.stdout) as { name: string; schemaVersion: number; perPillar: Record<string, { all: number }> }
    expect(summary).toMatchObject({ name: 'Fjord Tech Ø Cluster', schemaVersion: SCHEMA_VERSION, members: 0 })
    expect(Object.keys(summary.perPillar)).toEqual(['industry', 'entrepreneurs', 'government', 'academia', 'investors', 'unassigned'])

    const valid = await cli('validate', join(dir, 'Fjord Tech.cluster', 'workspace.json'))
    expect(valid).toMatchObject({ code: 0, stdout: expect.stringContaining('valid: "Fjord Tech Ø Cluster"') })
    expect((await cli('new', join(dir, 'Fjord Tech'))).code).toBe(1) // never over an existing workspace
  }, 60_000)

  it('exits 1 with a one-line reason for a damaged workspace, leaving it untouched', async () => {
    const dir = await tempDir()
    const bundle = join(dir, 'Broken.cluster')
    await mkdir(bundle)
    await copyFile(join(ROOT, 'tests/fixtures/workspaces/truncated.json'), join(bundle, 'workspace.json'))
    const before = await readFile(join(bundle, 'workspace.json'))
    const result = await cli('validate', bundle)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^invalid: .*workspace\.json: it is not valid JSON/)
    expect(await readFile(join(bundle, 'workspace.json'))).toEqual(before)
    expect((await cli('info', bundle)).code).toBe(1)
  }, 60_000)

  it('exports a print-ready PDF, and explains a bad request in one line', async () => {
    const dir = await tempDir()
    const out = join(dir, 'directory.pdf')
    const result = await cli('export', join(ROOT, 'resources/demo/workspace.json'), '--kind', 'directory', '--out', out, '--size', 'Letter', '--landscape')
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Wrote .*directory\.pdf \(\d+ pages\)/) })
    const texts = await pdfPageTexts(new Uint8Array(await readFile(out)))
    expect(texts[0]).toContain('Kestrel Coast Ocean Cluster · Member directory')
    expect(texts.join(' ')).toContain('Østvik Cold Chain')
    const bad = await cli('export', join(ROOT, 'resources/demo/workspace.json'), '--kind', 'directory', '--out', out, '--size', 'B5')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  }, 60_000)

  it('exports the founding dossier and the demo strategy, and says why a strategy cannot be exported before it is started', async () => {
    const dir = await tempDir()
    const out = join(dir, 'dossier.pdf')
    const result = await cli('export', join(ROOT, 'resources/demo/workspace.json'), '--kind', 'dossier', '--out', out)
    expect(result.code).toBe(0)
    const all = (await pdfPageTexts(new Uint8Array(await readFile(out)))).join(' ')
    for (const heading of ['Founding dossier', 'Contents', 'Member directory', 'Reading list']) expect(all).toContain(heading)
    const demoStrategy = await cli('export', join(ROOT, 'resources/demo/workspace.json'), '--kind', 'strategy', '--out', join(dir, 'demo-strategy.pdf'))
    expect(demoStrategy.code).toBe(0)
    // Word when --out ends in .docx: a zip (the .docx container), not a PDF.
    const word = await cli('export', join(ROOT, 'resources/demo/workspace.json'), '--kind', 'strategy', '--out', join(dir, 'demo-strategy.docx'))
    expect(word.code).toBe(0)
    expect((await readFile(join(dir, 'demo-strategy.docx'))).subarray(0, 2).toString()).toBe('PK')
    await cli('new', join(dir, 'Fresh'))
    const strategy = await cli('export', join(dir, 'Fresh.cluster'), '--kind', 'strategy', '--out', join(dir, 's.pdf'))
    expect(strategy).toMatchObject({ code: 1, stderr: expect.stringContaining('Start the strategy first') })
  }, 60_000)

  it('imports members from a CSV file into a workspace and exports them again', async () => {
    const dir = await tempDir()
    await cli('new', join(dir, 'Members'), '--name', 'Members Test')
    const bundle = join(dir, 'Members.cluster')
    const imported = await cli('import-members', bundle, join(ROOT, 'tests/fixtures/csv/semicolon-windows-1252.csv'))
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(/^Imported 3 of 3 rows .*Windows-1252 \(Western Europe\), semicolon-separated/)
    const again = await cli('import-members', bundle, join(ROOT, 'tests/fixtures/csv/semicolon-windows-1252.csv'))
    expect(again.code).toBe(1) // all three are now duplicates: nothing imported
    expect(again.stderr).toContain('Skipped 3 likely duplicates')
    const out = join(dir, 'out.csv')
    expect((await cli('export-members', bundle, out)).stdout).toContain('Wrote 3 members')
    expect(await readFile(out, 'utf8')).toContain('Müller & Söhne GmbH')
  }, 60_000)

  it('imports an Excel workbook, through the same import service as the app', async () => {
    const dir = await tempDir()
    await cli('new', join(dir, 'Book'), '--name', 'Book Test')
    const bundle = join(dir, 'Book.cluster')
    const imported = await cli('import-members', bundle, join(ROOT, 'tests/fixtures/csv/members.xlsx'))
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Imported 4 of 4 rows .*\(sheet "Members 2026", headers in row 3\)/) })
    const saved = JSON.parse(await readFile(join(bundle, 'workspace.json'), 'utf8')) as { members: { name: string; pillar: string; city: string }[] }
    expect(saved.members.map((m) => [m.name, m.pillar, m.city])).toEqual([
      ['Université de Nantes', 'academia', 'Nantes'],
      ['Høgskolen på Vestlandet', 'academia', 'Bergen'],
      ['Kestrel Robotics', 'entrepreneurs', 'Bergen'],
      ['Tern Capital', 'investors', 'Oslo']
    ])
  }, 60_000)

  it('prints header names from a file without terminal control sequences', async () => {
    const dir = await tempDir()
    await cli('new', join(dir, 'Esc'), '--name', 'Esc Test')
    const result = await cli('import-members', join(dir, 'Esc.cluster'), join(ROOT, 'tests/fixtures/csv/terminal-escapes.csv'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('(headers: "?[31mOrganisation?]0;pwned?", "City")')
    expect(result.stderr.includes('\u001b') || result.stderr.includes('\u0007')).toBe(false)
  }, 60_000)

  it('explains its usage', async () => {
    const result = await cli('frobnicate', 'x')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: npm run cli')
  }, 60_000)
})
