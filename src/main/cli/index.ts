/**
 * `npm run cli -- <command>`: the workspace services without Electron, for scripting and to
 * prove the services run on plain Node.
 */
import { parseArgs } from 'node:util'
import { infoCommand, newCommand, USAGE, validateCommand, type CliResult } from './commands'

export async function runCli(argv: readonly string[]): Promise<CliResult> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
    })
  } catch (error) {
    return { code: 2, stderr: `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}` }
  }
  const [command, path, ...extra] = parsed.positionals
  if (parsed.values.help || !command) return { code: command ? 0 : 2, stdout: USAGE }
  if (!path || extra.length) return { code: 2, stderr: USAGE }
  switch (command) {
    case 'new':
      return newCommand(path, parsed.values.name)
    case 'info':
      return infoCommand(path)
    case 'validate':
      return validateCommand(path)
    default:
      return { code: 2, stderr: `Unknown command "${command}".\n\n${USAGE}` }
  }
}

const result = await runCli(process.argv.slice(2))
if (result.stdout) process.stdout.write(`${result.stdout}\n`)
if (result.stderr) process.stderr.write(`${result.stderr}\n`)
process.exitCode = result.code
