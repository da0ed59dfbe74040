import { expect, test } from './support/app-fixture'

// Main asks the page for its held-back drafts before a window closes or the app quits
// (src/main/index.ts); here the same request goes through the real services to a real page.
test('a name typed a moment before closing reaches main when main asks for the drafts', async ({ app }) => {
  const { page, services } = app
  const name = page.getByLabel('Cluster name')
  await name.fill('Kestrel Coast Ocean Cluster — typed just before quitting')
  // No blur and no pause: the field still holds the text back.
  expect(services.session.currentWorkspace().cluster.name).toBe('Kestrel Coast Ocean Cluster')
  await expect(services.drafts.request(10_000)).resolves.toBe('flushed')
  expect(services.session.currentWorkspace().cluster.name).toBe('Kestrel Coast Ocean Cluster — typed just before quitting')
  await expect(services.session.flush()).resolves.toEqual({ ok: true })
})
