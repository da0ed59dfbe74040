// Finds a Chromium or Chrome for the browser tests: CHROMIUM_PATH if set, else the system's
// browser, else Playwright's own download. Plain JavaScript so the test runner needs no build.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const SYSTEM_BROWSERS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`
  ]
}

export const HOW_TO_GET_ONE = [
  'No Chromium or Chrome was found to run the browser tests. Get one of these:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium',
  '  - macOS or Windows: install Google Chrome',
  "  - anywhere with internet: npx playwright install chromium (Playwright's own browser)",
  'or set CHROMIUM_PATH to the browser executable.'
].join('\n')

/** Flags for headless Chromium on a closed network (no background calls home). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** @returns {{ path: string | null, source: string }} */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : { path: null, source: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` }
  }
  for (const candidate of SYSTEM_BROWSERS[process.platform] ?? []) {
    if (exists(candidate)) return { path: candidate, source: 'system' }
  }
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test')
    const own = chromium.executablePath()
    if (own && exists(own)) return { path: own, source: 'playwright' }
  } catch {
    // Playwright not installed or no browser downloaded: fall through.
  }
  return { path: null, source: 'none found' }
}
