// Runs Electronegativity on the given folders and fails on findings of MEDIUM or higher, or on
// files it could not parse. The tool itself always exits 0, and it skips unparsable files
// silently, so it cannot gate anything on its own. Accepted findings are justified where they
// occur, with an `eng-disable CHECK_ID` comment saying why.
const run = require('@doyensec/electronegativity')
const { cpSync, mkdtempSync, rmSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { join } = require('node:path')

const ORDER = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 }
const inputs = process.argv.slice(2)

/**
 * Checks judged on the TypeScript sources, where each accepted finding carries its
 * `eng-disable` justification. The bundler strips those comments, so in the built output the
 * same findings would reappear without them. The built output is still scanned for everything
 * else: there variables are resolved, which the scanner cannot do for TypeScript.
 */
const JUDGED_IN_SOURCE = new Set(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK'])
const isBuilt = (input) => /(^|[\\/])out([\\/]|$)/.test(input)
const minimum = process.env.EN_MIN_SEVERITY || 'MEDIUM'

/**
 * Third-party chunks of the build (named vendor-*, e.g. pdf.js) are left out of the built scan:
 * they use no Electron API, and the scanner's parser cannot read modern syntax such as private
 * class fields (#field) that pdf.js ships. Our own code that calls them is scanned in source.
 */
const VENDOR_CHUNK = /(^|[\\/])vendor-[^\\/]*\.js$/

function withoutVendorChunks(input) {
  const copy = mkdtempSync(join(tmpdir(), 'cw-scan-'))
  cpSync(input, join(copy, 'out'), { recursive: true, filter: (source) => !VENDOR_CHUNK.test(source) })
  return { dir: join(copy, 'out'), cleanup: () => rmSync(copy, { recursive: true, force: true }) }
}

async function scan(input) {
  const target = isBuilt(input) ? withoutVendorChunks(input) : { dir: input, cleanup: () => undefined }
  const { issues, errors } = await run({
    input: target.dir,
    isRelative: true,
    customScan: [],
    excludeFromScan: [],
    electronVersionOverride: process.env.EN_ELECTRON || '45.4.1',
    parserPlugins: []
  }).finally(target.cleanup)
  const blocking = issues.filter(
    (issue) => ORDER[issue.severity.name] >= ORDER[minimum] && !(isBuilt(input) && JUDGED_IN_SOURCE.has(issue.id))
  )
  for (const issue of blocking) {
    console.log(`${issue.severity.name}\t${issue.confidence.name}\t${issue.id}\t${issue.file}:${issue.location.line}\t${issue.description ?? ''}`)
  }
  for (const error of errors) console.log(`PARSE ERROR\t${JSON.stringify(error)}`)
  console.log(`electronegativity ${input}: ${issues.length} findings, ${blocking.length} at ${minimum} or above, ${errors.length} parse errors`)
  return blocking.length === 0 && errors.length === 0
}

;(async () => {
  // In parallel: each run spends seconds trying to fetch Electron release data (offline here).
  const results = await Promise.all(inputs.map(scan))
  process.exit(results.every(Boolean) ? 0 : 1)
})().catch((error) => {
  console.error(error)
  process.exit(3)
})
