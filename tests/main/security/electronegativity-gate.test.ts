import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../support/workspaces'

describe('the Electronegativity gate', () => {
  it('fails on an insecure window, naming the findings', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'electronegativity-gate.cjs'), join(ROOT, 'tests', 'fixtures', 'electronegativity', 'insecure')], {
      encoding: 'utf8',
      timeout: 120_000
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/HIGH\tFIRM\tCONTEXT_ISOLATION_JS_CHECK/)
    expect(run.stdout).toMatch(/WEB_SECURITY_JS_CHECK/)
  }, 120_000)
})
