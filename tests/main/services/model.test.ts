import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ClusterSchema } from '../../../src/shared/workspace/schema'
import { faultyFs } from '../../support/faulty-fs'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle } from '../../support/workspaces'

type Model = { current: string; acknowledged: string }
type Real = {
  services: Awaited<ReturnType<typeof testServices>>
  cut: (code: string | null) => void
  revision: number
  restart: () => Promise<void>
  loadedName: () => string
}

class Edit implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true
  async run(model: Model, real: Real) {
    real.revision = real.services.session.applyCommand({ command: { type: 'cluster/update', patch: { name: this.name } }, baseRevision: real.revision }).revision
    model.current = this.name
  }
  toString = () => `edit(${JSON.stringify(this.name)})`
}

class Save implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(model: Model, real: Real) {
    const outcome = await real.services.session.flush()
    expect(outcome.ok).toBe(true)
    model.acknowledged = model.current
  }
  toString = () => 'save'
}

/** The process dies: the disk takes nothing more, unsaved edits are gone; then the app starts again. */
class Crash implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(model: Model, real: Real) {
    real.cut('EIO')
    await real.restart()
    expect(real.loadedName()).toBe(model.acknowledged)
    model.current = model.acknowledged
  }
  toString = () => 'crash+reload'
}

/** A normal quit and relaunch: pending edits are saved on the way out. */
class Reload implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(model: Model, real: Real) {
    await real.restart()
    model.acknowledged = model.current
    expect(real.loadedName()).toBe(model.acknowledged)
  }
  toString = () => 'quit+reload'
}

const validName = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .map((raw) => ClusterSchema.shape.name.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data!)

describe('model-based: edit, save, crash, reload', () => {
  const tempDir = useTempDirs()

  it('after every reload the workspace equals the last acknowledged save', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands([validName.map((name) => new Edit(name)), fc.constant(new Save()), fc.constant(new Crash()), fc.constant(new Reload())], { maxCommands: 14 }),
        async (commands) => {
          const dir = await tempDir()
          const bundle = await makeBundle(dir)
          const dataDir = join(dir, 'data')
          // Autosave is held back so that "acknowledged" means exactly the explicit saves.
          const start = async () => {
            const disk = faultyFs()
            const services = await testServices(dataDir, { fs: disk.fs, autosave: { delayMs: 600_000, maxDelayMs: 600_000, retryMs: 600_000 } })
            const session = await services.session.openPath(bundle)
            if (session.state !== 'open' || session.view.readOnlyReason) throw new Error('reopen failed')
            return { services, disk }
          }
          let { services, disk } = await start()
          const real: Real = {
            services,
            revision: 0,
            cut: (code) => void (disk.control.failWith = code),
            async restart() {
              await real.services.session.dispose().catch(() => undefined) // after a cut, the final flush fails like a crash
              ;({ services, disk } = await start())
              real.services = services
              real.revision = 0
            },
            loadedName: () => real.services.session.currentWorkspace().cluster.name
          }
          const model: Model = { current: 'Test Cluster', acknowledged: 'Test Cluster' }
          await fc.asyncModelRun(() => ({ model, real }), commands)
          await real.services.session.dispose()
        }
      ),
      { numRuns: Number(process.env.MODEL_RUNS ?? 40) }
    )
  }, 120_000)
})
