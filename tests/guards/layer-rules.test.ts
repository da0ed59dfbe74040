import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/workspaces'

const PROBES = join(ROOT, 'tests', 'fixtures', 'layer-probes')

/** Each probe is linted as if it were a file in this place of src/. */
const PROBE_PLACES = {
  'shared.ts': 'src/shared/layer-probe.ts',
  'renderer.tsx': 'src/renderer/layer-probe.tsx',
  'preload.ts': 'src/preload/layer-probe.ts',
  'main.ts': 'src/main/layer-probe.ts'
}

/** The rule each line promises with `// expect: rule`, by line number. */
function expectedRules(text: string): Record<number, string> {
  const expected: Record<number, string> = {}
  text.split('\n').forEach((line, index) => {
    const rule = /\/\/ expect: (\S+)/.exec(line)?.[1]
    if (rule) expected[index + 1] = rule
  })
  return expected
}

describe('the layer rules in eslint.config.js', () => {
  const eslint = new ESLint({ cwd: ROOT })

  it.each(Object.entries(PROBE_PLACES))('fire on every forbidden import in %s, and only there', async (probe, place) => {
    const text = readFileSync(join(PROBES, probe), 'utf8')
    const [result] = await eslint.lintText(text, { filePath: join(ROOT, place) })
    const fired: Record<number, string> = {}
    for (const message of result!.messages) {
      if (message.ruleId === null) throw new Error(`${probe}:${message.line}: ${message.message}`)
      fired[message.line] = message.ruleId
    }
    expect(fired).toEqual(expectedRules(text))
  })
})

describe('tsconfig.shared.json', () => {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.shared.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!

  /** Compiles one file placed in src/shared with the shared options; returns its error messages. */
  function compileInShared(source: string): string[] {
    const file = join(ROOT, 'src', 'shared', 'layer-probe.ts')
    const host = ts.createCompilerHost(config.options)
    const { getSourceFile, fileExists, readFile } = host
    host.fileExists = (name) => name === file || fileExists(name)
    host.readFile = (name) => (name === file ? source : readFile(name))
    host.getSourceFile = (name, version, ...rest) =>
      name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest)
    const program = ts.createProgram([file], config.options, host)
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  }

  it('compiles pure TypeScript that uses zod', () => {
    expect(compileInShared("import { z } from 'zod'\nexport const name = z.string()\n")).toEqual([])
  })

  it.each(['react', 'react-dom/client', 'electron', 'node:fs', 'fs/promises', 'path'])('rejects an import of %s', (module) => {
    const errors = compileInShared(`import '${module}'\n`)
    expect(errors.join('\n')).toMatch(/src\/shared is pure TypeScript/)
  })

  it('knows no Node or DOM globals', () => {
    const errors = compileInShared('export const probe = [process.env, document.title, Buffer.from(""), window]\n')
    expect(errors.map((message) => /Cannot find name '(\w+)'/.exec(message)?.[1])).toEqual(['process', 'document', 'Buffer', 'window'])
  })
})
