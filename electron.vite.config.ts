import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/security/csp'

/** Writes the one CSP into index.html; the dev server also needs its HMR websocket. */
function contentSecurityPolicy(): Plugin {
  let serving = false
  return {
    name: 'cluster-workbench-csp',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    transformIndexHtml(html) {
      const policy = serving
        ? CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*")
        : CONTENT_SECURITY_POLICY
      return html.replace('%CONTENT_SECURITY_POLICY%', policy)
    }
  }
}

export default defineConfig({
  main: {
    build: {
      // The PDF worker is its own entry so it can run in a worker thread.
      rollupOptions: { input: { index: 'src/main/index.ts', 'pdf-worker': 'src/main/pdf/pdf-worker.ts' } }
    }
  },
  preload: {
    build: {
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: {
        input: { index: 'src/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: { index: 'src/renderer/index.html' } },
      sourcemap: false,
      minify: process.env.NO_MINIFY ? false : true
    }
  }
})
