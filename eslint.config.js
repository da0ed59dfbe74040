import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Imports each layer may not make; see README "Architecture". */
const layerZones = [
  { target: './src/shared', from: ['./src/main', './src/preload', './src/renderer', './tests'], message: 'src/shared is pure domain code.' },
  { target: './src/renderer', from: ['./src/main', './src/preload'], message: 'The renderer reaches main only through window.api (api.ts).' },
  { target: './src/preload', from: ['./src/main', './src/renderer'], message: 'The preload only bridges the contract in src/shared/ipc.ts.' },
  { target: './src/main', from: ['./src/renderer', './src/preload'], message: 'Main never imports renderer or preload code.' },
  { target: './src', from: './tests', message: 'Source never imports tests.' }
]

const nodeBuiltins = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'events', 'stream', 'buffer', 'process'], message: 'No Node APIs here.' }
const lowdbOnlyInWorkspaceFile = { group: ['lowdb', 'lowdb/*'], message: 'Only src/main/storage/workspace-file.ts uses lowdb.' }

/**
 * One `no-restricted-imports` per file: in flat config a later block that sets the rule again
 * replaces the earlier one instead of adding to it, so each layer lists all its bans here.
 */
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  {
    // layer-probes break the layer rules on purpose; tests/guards lints them and expects errors.
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'tests/fixtures/electronegativity/**', 'tests/fixtures/layer-probes/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    // Resolves the extensionless .ts/.tsx imports the code uses, so the zones below can match them.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['src/shared/**'],
    rules: {
      ...restrictImports(nodeBuiltins, { group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'react-dom/*', 'lowdb', 'lowdb/*', '@react-pdf/*', '@dnd-kit/*'], message: 'src/shared is pure TypeScript.' })
    }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A React Compiler hint; this project does not use the compiler, and TanStack Virtual is known to be incompatible with it.
      'react-hooks/incompatible-library': 'off',
      ...restrictImports(nodeBuiltins, { group: ['electron', 'electron/*', 'lowdb', 'lowdb/*'], message: 'Use window.api through api.ts.' }),
      'no-restricted-globals': ['error', { name: 'api', message: 'Import api from api.ts.' }]
    }
  },
  {
    files: ['src/preload/**'],
    rules: {
      // Only electron and the contract in src/shared; anything else is a bare-module ban (relative paths are import-x's job).
      ...restrictImports(nodeBuiltins, { regex: '^(?!electron$|\\.)', message: 'The preload stays a thin bridge: it imports electron and src/shared only.' })
    }
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/ipc/register.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only src/main/ipc/register.ts and index.ts wire ipcMain.' }]
    }
  },
  {
    files: ['src/main/index.ts'],
    rules: { 'no-restricted-syntax': 'off' }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Playwright reads fixture names from the destructuring pattern, so `{}` is how a test asks for none.
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': 'off' }
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/storage/workspace-file.ts'],
    rules: restrictImports(lowdbOnlyInWorkspaceFile)
  }
)
