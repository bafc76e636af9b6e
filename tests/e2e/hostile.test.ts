import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { HOSTILE_OUTCOMES } from '../fixtures/hostile-outcomes'
import { appUrl, EVENTS_SHOWN, openPage, useBrowser } from './browser'

const browser = useBrowser()

/** Whatever a hostile file could make happen if its text ran: a dialog, or a global it sets. */
function watchForScript(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return {
    dialogs,
    ranScript: () => page.evaluate(() => '__pwned' in window || '__pwned' in Object.prototype),
  }
}

async function isBlank(page: Page): Promise<boolean> {
  return page.evaluate(() => document.body.innerText.trim().length < 20)
}

describe('the hostile corpus in the browser', () => {
  it.each(Object.entries(HOSTILE_OUTCOMES))('%s', async (file, outcome) => {
    const { page, errors } = await openPage(
      browser(),
      `?data=/fixtures/hostile/${encodeURIComponent(file)}`,
    )
    const watched = watchForScript(page)
    if ('refused' in outcome) {
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toMatch(outcome.refused)
    } else {
      const total = outcome.shown
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toBe(`${total} of ${total} events`)
      if (total > 0) await page.waitForSelector('.ct-timeline .ct-mark')
      // Open every event drawn: its details render the same hostile text.
      for (const id of await page.$$eval('.ct-timeline [data-event-id]', (marks) => [
        ...new Set(marks.map((mark) => mark.getAttribute('data-event-id') ?? '')),
      ])) {
        await page
          .locator(`.ct-timeline [data-event-id="${id.replace(/"/g, '\\"')}"]`)
          .first()
          .click()
        await page.getByRole('region').last().waitFor()
      }
    }
    await page.waitForTimeout(100)
    expect(await isBlank(page)).toBe(false)
    expect(await watched.ranScript()).toBe(false)
    expect(watched.dialogs).toEqual([])
    expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([])
  })
})

/** A page whose requests for `path` the test answers itself, opened on `?data=path`. */
async function openWithServer(path: string, answer: Parameters<Page['route']>[1]): Promise<Page> {
  const page = await browser().newPage()
  await page.route((url) => url.pathname === path, answer)
  await page.goto(appUrl(`?data=${path}`))
  return page
}

describe('hostile servers', () => {
  it.each([
    ['answers 500', 500, /The server answered 500/],
    ['answers 404 with a page', 404, /The server answered 404/],
  ])('one that %s gets a specific report', async (_, status, message) => {
    const page = await openWithServer('/hostile-server/data.json', (route) =>
      route.fulfill({
        status,
        contentType: 'text/html',
        body: '<script>window.__pwned=1</script>',
      }),
    )
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(message)
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false)
    await page.close()
  })

  it('one that never answers leaves a loading screen with a way back', async () => {
    const page = await openWithServer('/hostile-server/never.json', () => undefined)
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Downloading|Loading/)
    await page.getByRole('button', { name: 'Cancel and show the bundled timeline' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    await page.close()
  })

  it('a file over 100 MB is refused before it is read', async () => {
    const { page } = await openPage(browser(), '?data=/generated/over-100-mb.json')
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
      .toMatch(/this app reads files of up to 100 MB/)
    await page.close()
  }, 60_000)
})
