/** A `sync` in its own process, for the kill test: prints "ready" just before it starts. */
import { syncCommand } from '../../../../src/main/cli/sync-commands'

const bundle = process.argv[2]!
process.stdout.write('ready\n')
const result = await syncCommand(bundle)
process.stdout.write(`done ${result.code}\n`)
