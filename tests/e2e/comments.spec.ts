import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test, type AppHarness } from './support/app-fixture'

const body = (page: Page) => page.getByRole('textbox', { name: /^Section text/ })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Comments' })
const thread = (page: Page, text: string) => panel(page).getByRole('article').filter({ hasText: text })
const vision = (app: AppHarness) => {
  const session = app.services.session.getSession()
  if (session.state !== 'open') throw new Error('no workspace open')
  return session.view.workspace
}
const visionText = (app: AppHarness) => vision(app).strategy.sections.find((section) => section.title === 'Vision')!.markdown

/** Selects `passage` in the section's formatted text, as a mouse drag over it would. */
async function select(page: Page, passage: string) {
  await body(page).evaluate((editor, text) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
    const start = nodes.map((node) => node.data).join('').indexOf(text)
    if (start < 0) throw new Error(`"${text}" is not in the section`)
    const at = (offset: number) => {
      for (const node of nodes) {
        if (offset <= node.data.length) return { node, offset }
        offset -= node.data.length
      }
      throw new Error('offset past the end')
    }
    const from = at(start)
    const to = at(start + text.length)
    ;(editor as HTMLElement).focus()
    const range = document.createRange()
    range.setStart(from.node, from.offset)
    range.setEnd(to.node, to.offset)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
  }, passage)
}

test('comment on a passage, reply, resolve, reopen; suggest a change, accept it, undo', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Strategy' }).click()
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^Vision/ }).click()
  await page.getByRole('button', { name: 'Comments', pressed: false }).click()

  // Asked once for a name, kept in the app's settings.
  await page.screenshot({ path: test.info().outputPath('comments-name-1280x800.png') })
  await panel(page).getByLabel('Your name, shown on comments').fill('Åse Nygård-Øvrebø')
  await panel(page).getByRole('button', { name: 'Save' }).click()
  await expect(panel(page).getByText('Commenting as Åse Nygård-Øvrebø.')).toBeVisible()
  await expect.poll(() => app.services.appState.get().preferences.displayName).toBe('Åse Nygård-Øvrebø')

  // Nothing selected: the panel says what to do.
  await panel(page).getByRole('button', { name: 'Comment on selected text' }).click()
  await expect(panel(page).getByRole('status')).toHaveText(/Select a passage/)

  const passage = visionText(app).match(/zero-emission coastal vessels/)![0]
  await select(page, passage)
  await panel(page).getByRole('button', { name: 'Comment on selected text' }).click()
  await expect(panel(page).locator('.comment-composer blockquote')).toHaveText(passage)
  await panel(page).getByRole('textbox', { name: 'Comment' }).fill('Which yards build them today?')
  await panel(page).getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(thread(page, 'Which yards build them today?')).toContainText(passage)
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^Vision/ })).toContainText('1 comment')

  await thread(page, 'Which yards').getByRole('button', { name: 'Reply' }).click()
  await thread(page, 'Which yards').getByRole('textbox').fill('Two in Skarvik, one in Ålesund.')
  await thread(page, 'Which yards').getByRole('button', { name: 'Reply' }).click()
  await expect(thread(page, 'Which yards').getByRole('list', { name: 'Replies' })).toContainText('Two in Skarvik, one in Ålesund.')
  await page.screenshot({ path: test.info().outputPath('comments-panel-1280x800.png') })
  await expectNoSeriousA11yViolations(page, 'the comments panel with a thread')

  await thread(page, 'Which yards').getByRole('button', { name: 'Resolve' }).click()
  await expect(thread(page, 'Which yards')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^Vision/ })).not.toContainText('comment')
  await panel(page).getByRole('button', { name: 'Resolved (1)' }).click()
  await expect(thread(page, 'Which yards')).toContainText('Resolved by Åse Nygård-Øvrebø')
  await page.screenshot({ path: test.info().outputPath('comments-resolved-1280x800.png') })
  await thread(page, 'Which yards').getByRole('button', { name: 'Reopen' }).click()
  await panel(page).getByRole('button', { name: 'Open (1)' }).click()
  await expect(thread(page, 'Which yards')).toBeVisible()

  // A suggested edit: accepted, it changes the text; Undo brings the text and the open suggestion back.
  const before = visionText(app)
  await select(page, passage)
  await panel(page).getByRole('button', { name: 'Suggest a change' }).click()
  await panel(page).getByRole('textbox', { name: 'Replace with' }).fill('hydrogen and battery ferries')
  await panel(page).getByRole('textbox', { name: 'Why (optional)' }).fill('Say what we build.')
  await panel(page).getByRole('button', { name: 'Suggest', exact: true }).click()
  const suggestion = thread(page, 'Say what we build.')
  await expect(suggestion.locator('ins')).toHaveText('hydrogen and battery ferries')
  await expectNoSeriousA11yViolations(page, 'the comments panel with a suggestion')
  await page.screenshot({ path: test.info().outputPath('comments-suggestion-1280x800.png') })
  await suggestion.getByRole('button', { name: 'Accept' }).click()
  await expect.poll(() => visionText(app)).toBe(before.replace(passage, 'hydrogen and battery ferries'))
  await expect(body(page)).toContainText('hydrogen and battery ferries')
  // The comment on the replaced words now says its passage is gone.
  await expect(thread(page, 'Which yards')).toContainText('Passage no longer in the text')

  await page.getByRole('log', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => visionText(app)).toBe(before)
  await expect(body(page)).toContainText(passage)
  await expect(thread(page, 'Say what we build.').getByRole('button', { name: 'Accept' })).toBeVisible()
  await expect(thread(page, 'Which yards')).not.toContainText('Passage no longer in the text')

  // Comments never print unless the export is asked for them.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('checkbox', { name: /Comments appendix/ })).not.toBeChecked()
})

test('a passage selected in formatted text is found in the Markdown, a suggestion on it keeps the bold, and the keyboard alone can comment', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Strategy' }).click()
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^Vision/ }).click()
  await body(page).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('By 2032 we ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('double')
  await page.keyboard.press('Control+B')
  await page.keyboard.type(' the fleet of ')
  await page.keyboard.press('Control+I')
  await page.keyboard.type('zero-emission')
  await page.keyboard.press('Control+I')
  await page.keyboard.type(' ferries.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Then we grow.')
  await body(page).blur()
  await expect.poll(() => visionText(app)).toContain('**double**')
  const written = visionText(app)
  await page.getByRole('button', { name: 'Comments', pressed: false }).click()
  await panel(page).getByLabel('Your name, shown on comments').fill('Ben')
  await panel(page).getByRole('button', { name: 'Save' }).click()

  await select(page, 'double the fleet of zero-emission')
  await panel(page).getByRole('button', { name: 'Comment on selected text' }).click()
  await panel(page).getByRole('textbox', { name: 'Comment' }).fill('Double from what?')
  await panel(page).getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(thread(page, 'Double from what?')).toContainText('double the fleet of zero-emission')
  await expect(thread(page, 'Double from what?')).not.toContainText('Passage no longer in the text')

  await select(page, 'double')
  await panel(page).getByRole('button', { name: 'Suggest a change' }).click()
  await panel(page).getByRole('textbox', { name: 'Replace with' }).fill('triple')
  await panel(page).getByRole('button', { name: 'Suggest', exact: true }).click()
  await panel(page).getByRole('article').filter({ has: page.locator('ins', { hasText: 'triple' }) }).getByRole('button', { name: 'Accept' }).click()
  await expect.poll(() => visionText(app)).toBe(written.replace('**double**', '**triple**'))

  // With the keyboard alone: select the last line of the text, move to the button, comment, post.
  await body(page).focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Shift+Home')
  await panel(page).getByRole('button', { name: 'Comment on selected text' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Grow how?')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(thread(page, 'Grow how?').locator('blockquote')).toHaveText('Then we grow.')
})
