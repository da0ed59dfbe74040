import { build } from 'esbuild'
import { join } from 'node:path'

/**
 * Bundles a TypeScript entry (and everything it imports) into one ESM file that plain `node`
 * starts in milliseconds; used for child processes that tests kill and restart many times.
 */
export async function bundleScript(entry: string, outDir: string, options: { externalPackages?: boolean } = {}): Promise<string> {
  const outfile = join(outDir, 'child.mjs')
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    // With packages external, outDir must sit inside the project so node_modules resolve.
    ...(options.externalPackages ? { packages: 'external' as const } : {}),
    jsx: 'automatic',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // proper-lockfile and friends are CommonJS: give the ESM bundle a require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
  return outfile
}
