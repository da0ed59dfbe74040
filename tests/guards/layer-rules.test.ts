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

/** Compiles one file placed at `place` with a project's options; returns its errors as "line: message". */
function compileAs(project: string, place: string, source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, project), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!
  const file = join(ROOT, place)
  const host = ts.createCompilerHost(config.options)
    const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (name) => name === file || fileExists(name)
  host.readFile = (name) => (name === file ? source : readFile(name))
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest)
  const program = ts.createProgram([file], config.options, host)
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  })
}

describe('tsconfig.shared.json', () => {
  const compileInShared = (source: string) => compileAs('tsconfig.shared.json', 'src/shared/layer-probe.ts', source)

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

describe('the Api type', () => {
  it("refuses a preload method that calls another method's channel, even with the same types", () => {
    const source = [
      "import { invokeFor, type Api } from '../shared/ipc'",
      'const invoke = invokeFor(async () => undefined)',
      "export const right: Pick<Api, 'undo' | 'redo'> = { undo: (r) => invoke('undo', r), redo: (r) => invoke('redo', r) }",
      "export const wrong: Pick<Api, 'undo'> = { undo: (r) => invoke('redo', r) }",
      ''
    ].join('\n')
    const errors = compileAs('tsconfig.node.json', 'src/preload/api-probe.ts', source)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^4: Type 'ApiCall<"redo">' is not assignable to type 'ApiCall<"undo">'/)
  })
})
