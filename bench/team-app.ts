/**
 * `npx tsx --tsconfig tsconfig.tests.json bench/team-app.ts [--members=1000]`: three app sessions
 * (the real services) on one loopback server. Measures the time from a command on one laptop to
 * the new view being sent to the page on the other two (through Yjs, the server, the projection
 * and the session). Not a test: prints a table for docs/team-sync.md, fails on nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSyncServer } from '../src/main/services/sync/sync-server'
import { createWorkspaceBundle } from '../src/main/storage/workspace-store'
import type { SessionView } from '../src/shared/ipc'
import { WorkspaceCommandSchema } from '../src/shared/workspace/commands'
import { testServices } from '../tests/support/services'
import { ms, summarize } from './lib/stats'
import { syntheticWorkspace } from './lib/synthetic'

const count = Number(process.argv.find((arg) => arg.startsWith('--members='))?.slice(10) ?? 1_000)
const CHANGES = 30
const dir = await mkdtemp(join(tmpdir(), 'cw-team-app-bench-'))
const server = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir: join(dir, 'server') })
const arrivals = new Map<string, (city: string) => void>()

async function laptop(name: string) {
  const app = await testServices(join(dir, `${name}-app`), {
    emit: (event, payload) => {
      const session = payload as SessionView
      if (event !== 'onSessionChanged' || session.state !== 'open') return
      arrivals.get(name)?.(session.view.workspace.members[0]?.city ?? '')
    }
  })
  return app
}

try {
  const bundle = join(dir, 'Anna.cluster')
  await createWorkspaceBundle(bundle, syntheticWorkspace(count))
  const anna = await laptop('Anna')
  await anna.session.openPath(bundle)
  const started = performance.now()
  const { invitation } = await anna.session.shareWithTeam({ server: server.url })
  const shareMs = performance.now() - started
  const others = []
  let joinMs = 0
  for (const name of ['Ben', 'Cara']) {
    const app = await laptop(name)
    app.answers.push(join(dir, `${name}.cluster`))
    const joining = performance.now()
    await app.session.joinTeam({ invitation })
    await app.session.teamLink()!.upToDate()
    joinMs = Math.max(joinMs, performance.now() - joining)
    others.push(name)
  }

  const reach: number[] = []
  for (let change = 0; change < CHANGES; change += 1) {
    const city = `City ${change}`
    const arrived = others.map((name) => new Promise<void>((resolve) => arrivals.set(name, (seen) => seen === city && resolve())))
    const view = anna.session.getSession()
    if (view.state !== 'open') throw new Error('no workspace open')
    const sent = performance.now()
    anna.session.applyCommand({ command: WorkspaceCommandSchema.parse({ type: 'member/update', id: view.view.workspace.members[0]!.id, patch: { city } }), baseRevision: view.view.revision })
    await Promise.all(arrived)
    reach.push(performance.now() - sent)
  }
  const timing = summarize(reach)
  console.log(`| ${count} members, three app sessions | |`)
  console.log('|---|---|')
  console.log(`| share from the app (upload) | ${ms(shareMs)} |`)
  console.log(`| join from the app (download, validate, write, open, connect) | ${ms(joinMs)} |`)
  console.log(`| a command reaching both other pages (p50 / p95 of ${CHANGES}) | ${ms(timing.p50)} / ${ms(timing.p95)} |`)
} finally {
  await server.stop()
  await rm(dir, { recursive: true, force: true })
}
// The three sessions keep their connections open; the figures are printed.
process.exit(0)
