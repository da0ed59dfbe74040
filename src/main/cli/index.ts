/**
 * `npm run cli -- <command>`: the workspace services without Electron, for scripting and to
 * prove the services run on plain Node.
 */
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { exportCommand, infoCommand, newCommand, USAGE, validateCommand, type CliResult } from './commands'
import { exportMembersCommand, importMembersCommand } from './member-commands'
import { readinessCommand } from './readiness-command'
import { joinCommand, serveCommand, shareCommand, syncCommand } from './sync-commands'

const RESOURCES = fileURLToPath(new URL('../../../resources', import.meta.url))

export async function runCli(argv: readonly string[], stop: AbortSignal = new AbortController().signal): Promise<CliResult> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        kind: { type: 'string' },
        out: { type: 'string' },
        size: { type: 'string' },
        margins: { type: 'string' },
        landscape: { type: 'boolean' },
        comments: { type: 'boolean' },
        json: { type: 'boolean' },
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        server: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    return { code: 2, stderr: `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}` }
  }
  const [command, path, ...extra] = parsed.positionals
  if (parsed.values.help || !command) return { code: command ? 0 : 2, stdout: USAGE }
  if (command === 'serve') {
    if (path) return { code: 2, stderr: USAGE }
    return serveCommand(parsed.values, stop, (line) => process.stdout.write(`${line}\n`))
  }
  const wantsFile = command === 'import-members' || command === 'export-members' || command === 'join'
  if (!path || extra.length !== (wantsFile ? 1 : 0)) return { code: 2, stderr: USAGE }
  switch (command) {
    case 'new':
      return newCommand(path, parsed.values.name)
    case 'info':
      return infoCommand(path)
    case 'validate':
      return validateCommand(path)
    case 'export':
      return exportCommand(path, parsed.values, RESOURCES)
    case 'import-members':
      return importMembersCommand(path, extra[0]!)
    case 'export-members':
      return exportMembersCommand(path, extra[0]!)
    case 'share':
      return shareCommand(path, parsed.values.server)
    case 'join':
      return joinCommand(path, extra[0]!)
    case 'sync':
      return syncCommand(path)
    case 'readiness':
      return readinessCommand(path, parsed.values.json ?? false)
    default:
      return { code: 2, stderr: `Unknown command "${command}".\n\n${USAGE}` }
  }
}

const stopping = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopping.abort())
const result = await runCli(process.argv.slice(2), stopping.signal)
if (result.stdout) process.stdout.write(`${result.stdout}\n`)
if (result.stderr) process.stderr.write(`${result.stderr}\n`)
process.exitCode = result.code
