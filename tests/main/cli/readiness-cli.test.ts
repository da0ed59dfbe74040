import { execFile } from 'node:child_process'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { newCommand } from '../../../src/main/cli/commands'
import { readinessCommand } from '../../../src/main/cli/readiness-command'
import { useTempDirs } from '../../support/temp-dir'
import { RESOURCES, ROOT } from '../../support/workspaces'

type Json = { cluster: string; score: { percent: number }; areas: { id: string; criteria: { id: string; source: string; evidence?: string; answer?: { note: string } }[] }[]; todos: { text: string; fixAt: string }[] }

describe('npm run cli -- readiness', () => {
  const tempDir = useTempDirs()

  it('prints the demo workspace as JSON: areas, each with criteria carrying the evidence the workspace supplied', async () => {
    const dir = await tempDir()
    await cp(join(RESOURCES, 'demo'), join(dir, 'Demo.cluster'), { recursive: true })
    const result = await readinessCommand(join(dir, 'Demo.cluster'), true)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout!) as Json
    expect(report.cluster).toBe('Kestrel Coast Ocean Cluster')
    expect(report.areas.map((area) => area.id)).toEqual(['structure', 'management', 'financing', 'services', 'interaction', 'achievements', 'strategy'])
    const criteria = report.areas.flatMap((area) => area.criteria)
    expect(criteria.find((c) => c.id === 'committed-members')?.evidence).toMatch(/^13 committed members/)
    for (const c of criteria) expect(c.evidence === undefined, c.id).toBe(c.source === 'team')
    expect(criteria.find((c) => c.id === 'cluster-manager')?.answer?.note).toMatch(/two days a week/)
    expect(report.todos.find((todo) => /investors/.test(todo.text))?.fixAt).toBe('pillar-map')
  })

  it('prints an empty workspace as text, scoring 0% with every gap listed', async () => {
    const dir = await tempDir()
    await newCommand(join(dir, 'Empty'), 'Empty Ø Cluster')
    const result = await readinessCommand(join(dir, 'Empty.cluster'), false)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Readiness of "Empty Ø Cluster": 0% \(0 of \d+\)/)
    expect(result.stdout).toContain('[Not yet] At least 15 committed members')
    expect(result.stdout).toContain('[Not answered] A cluster manager with time to do the job')
    expect(result.stdout).toContain('1. Win 15 more committed members. (Pillar map)')
  })

  it('exits 1 with the reason for a workspace it cannot read', async () => {
    const result = await readinessCommand(join(await tempDir(), 'Missing.cluster'), true)
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/workspace\.json: the workspace file is missing/) })
  })

  it('is wired into the command line as the README says', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'cli', '--', 'readiness', join(RESOURCES, 'demo'), '--json'], { cwd: ROOT })
    expect((JSON.parse(stdout) as Json).areas).toHaveLength(7)
  }, 60_000)
})
