import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

type StoredAnswers = Record<string, { answer: string | null; note: string; link: string }>

const storedAnswers = async (app: AppHarness): Promise<StoredAnswers> => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return (JSON.parse(await readFile(join(session.view.location, 'workspace.json'), 'utf8')) as { readiness: { answers: StoredAnswers } }).readiness.answers
}
const areas = (page: Page) => page.getByRole('navigation', { name: 'Areas' })
const card = (page: Page, title: string) => page.getByRole('article', { name: title })

test('the readiness page shows the evidence, links each gap to where it is fixed, and stores the team answers', async ({ app }) => {
  const { page } = app
  await areas(page).getByRole('button', { name: 'Readiness' }).click()
  await expect(page.getByRole('heading', { name: 'Readiness', level: 1 })).toBeVisible()

  // Evidence the demo workspace already holds, filled in without asking.
  await expect(card(page, 'At least 15 committed members')).toContainText('13 committed members (Industry leaders 5, Entrepreneurs 4, Government 3, Academia 1, Investors 0).')
  await expect(card(page, 'Every pillar has a committed member')).toContainText('No committed member yet from: Investors.')
  await expect(card(page, 'A finished strategy')).toContainText('3 of 10 sections are final.')
  await expect(page.getByRole('meter', { name: 'Who is in the cluster: 75%' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('readiness-top.png') })
  await expectNoSeriousA11yViolations(page, 'the readiness page')

  // A gap goes to the area of the app where it is closed.
  const gaps = page.getByRole('region', { name: /^To do/ })
  await gaps.getByRole('listitem').filter({ hasText: 'Win a committed member from investors.' }).getByRole('button', { name: 'Go to Pillar map' }).click()
  await expect(areas(page).getByRole('button', { name: 'Pillar map' })).toHaveAttribute('aria-current', 'page')
  await areas(page).getByRole('button', { name: 'Readiness' }).click()

  // The team answers what the workspace cannot know: an answer, a note and a link, saved in the workspace.
  const fees = card(page, 'Members pay a fee')
  await expect(fees).toContainText('Not answered')
  await fees.getByRole('radio', { name: 'Yes' }).check()
  await fees.getByRole('textbox', { name: 'Note on the evidence' }).fill('Fees agreed at the founding meeting: €500 for SMEs, €5,000 for large firms.')
  await fees.getByRole('textbox', { name: 'Link to the proof' }).fill('https://example.org/minutes')
  await fees.getByRole('textbox', { name: 'Link to the proof' }).blur()
  await expect(fees).toContainText('Met')
  await expect(fees.getByRole('link', { name: 'Open the link ↗' })).toBeVisible()
  await expect.poll(async () => (await storedAnswers(app))['member-fees']).toEqual({
    answer: 'yes',
    note: 'Fees agreed at the founding meeting: €500 for SMEs, €5,000 for large firms.',
    link: 'https://example.org/minutes',
    updatedAt: expect.any(String)
  })
  // Half a point was already there: the demo's financing section names its funding.
  await expect(page.getByRole('meter', { name: 'Financing the cluster organisation: 50%' })).toBeVisible()
  await expect(gaps).not.toContainText('Agree a membership fee')

  // A gap answered on this page focuses its card.
  await gaps.getByRole('listitem').filter({ hasText: 'Write up three success stories' }).getByRole('button', { name: 'Answer below' }).click()
  await expect(card(page, 'Three success stories').getByRole('radio', { name: 'Yes' })).toBeFocused()
  await fees.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('readiness-answered.png') })

  // The page leads to the library's account of the labels it is modelled on.
  await page.getByRole('button', { name: 'Read about the labels and the practical guide in the library' }).click()
  await expect(page.getByRole('heading', { name: /Bronze, Silver and Gold \(ESCA, now EUCLES\)/, level: 1 })).toBeVisible()
})
