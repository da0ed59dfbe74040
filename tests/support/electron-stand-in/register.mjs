// `node --import tsx --import ./register.mjs driver.ts`: loads the built main against the stand-in.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url, { data: { standIn: new URL('./electron.ts', import.meta.url).href } })
