import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs'

const chromium = findChromium()

export default defineConfig({
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: { viewport: { width: 1280, height: 800 }, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { ...(chromium.path ? { executablePath: chromium.path } : {}), args: CHROMIUM_FLAGS }
      }
    },
    { name: 'electron', testDir: 'tests/electron', workers: 1 }
  ]
})
