import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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

/**
 * pdf.js needs its standard fonts and character maps as files to draw the text of many PDFs
 * correctly. They ship with the app (no network) under pdfjs/, from the installed pdfjs-dist.
 */
function pdfjsAssets(): Plugin {
  const root = join(import.meta.dirname, 'node_modules', 'pdfjs-dist')
  const folders = ['standard_fonts', 'cmaps']
  return {
    name: 'cluster-workbench-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/pdfjs\/(standard_fonts|cmaps)\/([\w.-]+)$/.exec(request.url ?? '')
        if (!match) return next()
        try {
          response.end(readFileSync(join(root, match[1]!, match[2]!)))
        } catch {
          next()
        }
      })
    },
    generateBundle() {
      for (const folder of folders) {
        for (const name of readdirSync(join(root, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(root, folder, name)) })
        }
      }
    }
  }
}

export default defineConfig({
  main: {
    build: {
      // The PDF worker is its own entry so it can run in a worker thread.
      rollupOptions: { input: { index: 'src/main/index.ts', 'pdf-worker': 'src/main/pdf/pdf-worker.ts', 'import-worker': 'src/main/services/members/import-worker.ts' } }
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
    plugins: [react(), contentSecurityPolicy(), pdfjsAssets()],
    build: {
      rollupOptions: {
        input: { index: 'src/renderer/index.html' },
        // pdf.js in a chunk of its own: third-party code, loaded only when a PDF is opened.
        output: { manualChunks: (id) => (id.includes('node_modules/pdfjs-dist/') ? 'vendor-pdfjs' : undefined) }
      },
      sourcemap: false,
      minify: process.env.NO_MINIFY ? false : true
    }
  }
})
