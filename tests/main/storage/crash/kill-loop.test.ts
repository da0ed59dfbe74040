import { spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWorkspaceFile } from '../../../../src/main/storage/workspace-file'
import { bundleScript } from '../../../support/bundle-script'
import { useTempDirs } from '../../../support/temp-dir'
import { makeBundle, workspaceWith } from '../../../support/workspaces'

/** How many times to kill the saving process; `CRASH_KILLS=1000 npm run test:crash` for the long run. */
const KILLS = Number(process.env.CRASH_KILLS ?? 200)
const MEMBERS = (process.env.CRASH_MEMBERS ?? '300').split(',').map(Number)
/** Independent workspaces killed side by side; process start-up dominates, so two lanes halve the time. */
const LANES = 2

type Run = { lastAck: number }

/** At most this many saves are let through before a kill; a few, so large workspaces get acknowledged saves too. */
const MAX_SAVES_BEFORE_KILL = 4

/**
 * Starts the saver and kills it with SIGKILL a random moment after its `n`-th acknowledged save
 * (n random from 0 to MAX_SAVES_BEFORE_KILL). Counting saves, not milliseconds, is what keeps
 * acknowledged saves coming at 10,000 members, where one save takes longer than the kill window;
 * the random delay after it still lands kills anywhere in the next write.
 */
function runOnce(script: string, bundle: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, bundle], { stdio: ['ignore', 'pipe', 'pipe'] })
    const savesBeforeKill = Math.floor(Math.random() * (MAX_SAVES_BEFORE_KILL + 1))
    let seen = -1
    const armKill = () => {
      seen += 1
      if (seen === savesBeforeKill) setTimeout(() => child.kill('SIGKILL'), Math.random() * 60)
    }
    let lastAck = 0
    let buffered = ''
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') armKill()
        else if (line.startsWith('ack ')) {
          lastAck = Number(line.slice(4))
          armKill()
        }
      }
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`saver exited without being killed: ${errors}`))
      else resolve({ lastAck })
    })
  })
}

/** Kills the saver `kills` times; after each kill the file must be whole and hold the last ack. */
async function killRepeatedly(script: string, bundle: string, kills: number) {
  const file = join(bundle, 'workspace.json')
  let acknowledged = 0
  let saves = 0
  for (let kill = 1; kill <= kills; kill += 1) {
    const { lastAck } = await runOnce(script, bundle)
    saves += Math.max(0, lastAck - acknowledged)
    acknowledged = Math.max(acknowledged, lastAck)
    const loaded = await readWorkspaceFile(file) // throws if torn, empty or invalid
    const seq = Number(loaded.workspace.cluster.description.replace('seq ', '')) || 0
    if (seq < acknowledged) throw new Error(`kill ${kill}: file holds seq ${seq}, but seq ${acknowledged} was acknowledged`)
    if (await stat(`${file}.bak`).catch(() => null)) await readWorkspaceFile(`${file}.bak`)
  }
  // The next start sweeps what the last kill left; nothing else accumulates.
  const leftovers = (await readdir(bundle)).filter((name) => name.endsWith('.tmp'))
  expect(leftovers.length).toBeLessThanOrEqual(2)
  return { acknowledged, saves }
}

describe('crash safety', () => {
  const tempDir = useTempDirs()

  for (const members of MEMBERS) {
    it(`after ${KILLS} SIGKILLs mid-save (${members} members), the file is always whole and holds every acknowledged save`, async () => {
      const dir = await tempDir()
      const script = await bundleScript(join(import.meta.dirname, 'save-loop.ts'), dir)
      const lanes = await Promise.all(
        Array.from({ length: LANES }, async (_, lane) => {
          const bundle = await makeBundle(dir, workspaceWith(members), `Lane ${lane}.cluster`)
          return killRepeatedly(script, bundle, Math.ceil(KILLS / LANES))
        })
      )
      const saves = lanes.reduce((sum, lane) => sum + lane.saves, 0)
      for (const lane of lanes) expect(lane.acknowledged).toBeGreaterThan(0)
      // Each run lets 0 to 4 saves through (2 on average): fewer than one a kill means saves are not being exercised.
      expect(saves).toBeGreaterThanOrEqual(LANES * Math.ceil(KILLS / LANES))
      console.info(`crash test: ${LANES * Math.ceil(KILLS / LANES)} kills, ${saves} acknowledged saves, ${members} members, 0 torn or lost`)
    }, 600_000)
  }
})
