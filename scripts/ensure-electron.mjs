// Makes sure the Electron binary is present before `npm start` / `npm run dev`. Electron >= 42
// fetches it on first use; doing it here gives one clear message if the download fails.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { electronBinaryStatus } from './electron-binary.mjs'
import { sandboxAdvice, thisMachine } from './linux-sandbox.mjs'

const status = electronBinaryStatus()
if (!status.available) {
  console.log('Downloading the Electron binary (once)…')
  const result = spawnSync(process.execPath, [join('node_modules', 'electron', 'install.js')], { stdio: 'inherit' })
  if (result.status !== 0 || !electronBinaryStatus().available) {
    console.error(
      '\nCould not download Electron. Cluster Workbench needs it to open as a desktop app.\n' +
        'Check your internet connection (or proxy settings) and run `npm start` again.\n' +
        'Everything else (npm test, npm run cli) works without it.'
    )
    process.exit(1)
  }
}

// On Ubuntu 24.04 Electron aborts at start without an AppArmor profile: say how to add one first.
const binary = electronBinaryStatus()
if (binary.available && process.platform === 'linux' && existsSync(binary.reason)) {
  const advice = sandboxAdvice(thisMachine(binary.reason))
  if (advice) {
    console.error(`\n${advice}\n`)
    process.exit(1)
  }
}
