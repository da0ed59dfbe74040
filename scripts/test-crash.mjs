// The long crash run (issues 7, 29): 1,000 SIGKILLs each at 300 and 10,000 members, a few
// acknowledged saves before every kill.
// `npm test` runs a 200-kill version of the same test; this is the one-command long run.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, CRASH_KILLS: process.env.CRASH_KILLS ?? '1000', CRASH_MEMBERS: process.env.CRASH_MEMBERS ?? '300,10000' }
const result = spawnSync('npx', ['vitest', 'run', 'tests/main/storage/crash'], { stdio: 'inherit', env, shell: process.platform === 'win32' })
process.exit(result.status ?? 1)
