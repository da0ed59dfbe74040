// Renders resources/build/icon.svg to the 512×512 PNG electron-builder turns into every
// platform's icon. Run again after changing the SVG: node scripts/render-icon.mjs
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs'

const svg = readFileSync('resources/build/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: findChromium().path ?? undefined, args: CHROMIUM_FLAGS })
const page = await browser.newPage({ viewport: { width: 512, height: 512 } })
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
await page.locator('svg').screenshot({ path: 'resources/build/icon.png', omitBackground: true })
await browser.close()
