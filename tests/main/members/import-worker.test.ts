import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkerImportRunner, type ImportRunner } from '../../../src/main/services/members/import-runner'
import { ImportStopped } from '../../../src/shared/members/row-mapping'
import { emptyValueMap } from '../../../src/shared/members/value-mapping'
import { bundleScript } from '../../support/bundle-script'
import { ROOT } from '../../support/workspaces'

describe('the import worker thread', () => {
  const dir = join(ROOT, 'node_modules', '.cache', 'cluster-workbench-tests', `import-worker-${process.pid}`)
  const csv = join(dir, 'members.csv')
  let runner: ImportRunner

  beforeAll(async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(csv, ['Name;Type', ...Array.from({ length: 20_000 }, (_, i) => `Org ${i};${i % 2 ? 'Université' : 'Acadmia'}`)].join('\r\n'))
    runner = createWorkerImportRunner(await bundleScript(join(ROOT, 'src', 'main', 'services', 'members', 'import-worker.ts'), dir, { externalPackages: true }))
  }, 60_000)
  afterAll(async () => {
    await runner.dispose()
    await rm(dir, { recursive: true, force: true })
  })

  const request = { mapping: { name: 0, pillar: 1 }, values: emptyValueMap(), fixes: {}, importDuplicates: false }

  it('reads, analyses and plans in the worker, reporting progress', async () => {
    const preview = await runner.open('job-1', csv, {}, emptyValueMap())
    expect(preview).toMatchObject({ rowCount: 20_000, headers: ['Name', 'Type'], source: { kind: 'csv', delimiter: ';' } })
    const analysis = await runner.analyse('job-1', { mapping: preview.mapping, values: emptyValueMap(), remembered: emptyValueMap() })
    expect(analysis.unknown).toEqual([{ field: 'pillar', key: 'acadmia', value: 'Acadmia', count: 10_000 }])
    const phases: string[] = []
    const plan = await runner.plan('job-1', { ...request, values: { pillar: { acadmia: 'academia' }, stage: {} } }, [{ id: 'x', name: 'Org 7', website: '' }], (phase) => phases.push(phase))
    expect(plan.members).toHaveLength(19_999)
    expect(plan.members.every((member) => member.pillar === 'academia')).toBe(true)
    expect(plan.duplicates).toEqual([{ row: 9, name: 'Org 7', matches: 'Org 7', reason: 'same name' }])
    expect(phases).toContain('rows')
    expect(phases).toContain('duplicates')
  })

  it('leaves the main thread free while it plans (timers such as the lock refresh keep running)', async () => {
    await runner.open('job-4', csv, {}, emptyValueMap())
    const order: string[] = []
    const running = runner.plan('job-4', request, [], () => undefined).then(() => order.push('planned'))
    setTimeout(() => order.push('timer'), 0)
    await running
    expect(order).toEqual(['timer', 'planned'])
  })

  it('Cancel stops a running plan; the file stays open for the next try', async () => {
    await runner.open('job-2', csv, {}, emptyValueMap())
    const controller = new AbortController()
    const running = runner.plan('job-2', request, [], () => controller.abort(), controller.signal)
    await expect(running).rejects.toBeInstanceOf(ImportStopped)
    const again = await runner.plan('job-2', request, [], () => undefined)
    expect(again.members).toHaveLength(20_000)
  })

  it('reports a file it cannot read with its reason, as the app shows it', async () => {
    await expect(runner.open('job-3', join(dir, 'missing.csv'), {}, emptyValueMap())).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('"missing.csv" could not be read') })
    await expect(runner.analyse('nope', { mapping: {}, values: emptyValueMap(), remembered: emptyValueMap() })).rejects.toMatchObject({ code: 'not-found' })
  })
})
