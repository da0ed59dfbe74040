/// <reference types="vite/client" />
import type { Api } from '../shared/ipc'

declare global {
  interface Window {
    /** Set by the preload (or the browser test bridge); read only in api.ts. */
    api?: Api
  }
}
