import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppPath, serveAppFile } from '../../../src/main/security/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp'
import { useTempDirs } from '../../support/temp-dir'

describe('the app:// file server', () => {
  const tempDir = useTempDirs()

  async function site() {
    const dir = await tempDir()
    const root = join(dir, 'renderer')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>')
    await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)')
    await writeFile(join(dir, 'secret.txt'), 'secret')
    return { dir, root }
  }

  it('serves the page with the CSP header, and assets with their type', async () => {
    const { root } = await site()
    const page = await serveAppFile(root, '/')
    expect(page.status).toBe(200)
    expect(page.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['X-Content-Type-Options']).toBe('nosniff')
    const script = await serveAppFile(root, '/assets/index.js')
    expect(script.headers['Content-Type']).toMatch(/javascript/)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/%5c..%5csecret.txt',
    '/..\\secret.txt',
    '//etc/passwd',
    '/%00index.html',
    '/%E0%A4%A', // malformed escape
    '/assets'
  ])('refuses %s', async (path) => {
    const { root } = await site()
    expect((await serveAppFile(root, path)).status).toBe(404)
  })

  it('refuses a symlink that points outside the bundle', async () => {
    const { dir, root } = await site()
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'))
    expect((await serveAppFile(root, '/assets/link.txt')).status).toBe(404)
  })

  it('resolves ordinary paths inside the root only', () => {
    expect(resolveAppPath('/app', '/assets/a.js')).toBe('/app/assets/a.js')
    expect(resolveAppPath('/app', '/')).toBe('/app/index.html')
    expect(resolveAppPath('/app', '/../app-evil/x.js')).toBeNull()
  })
})
