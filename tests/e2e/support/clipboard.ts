import type { Locator } from '@playwright/test'

/**
 * Pastes into an element as the system clipboard would: a paste event carrying a DataTransfer
 * with the given types (text/html from Word, text/plain), at the element's current selection.
 */
export async function paste(target: Locator, data: Record<string, string>): Promise<void> {
  await target.focus()
  await target.evaluate((element, entries) => {
    const transfer = new DataTransfer()
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
  }, data)
}
