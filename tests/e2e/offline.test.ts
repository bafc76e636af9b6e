import { describe, expect, it } from 'vitest'
import { appUrl, EVENTS_SHOWN, useBrowser } from './browser'

const browser = useBrowser()

describe('offline, after one visit', () => {
  it('the app, the bundled dataset and present mode work with the network gone, and say so', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(appUrl())
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    const total = await page.getByRole('status').first().textContent()
    // The service worker has installed once every file of the build is in its cache.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })

    await context.setOffline(true)
    await page.goto(appUrl('?q=istanbul'))
    await expect
      .poll(() => page.getByText(/^Offline: the timeline works from the copy/).count())
      .toBe(1)
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    await page.waitForSelector('.ct-timeline .ct-mark')

    // The map's code and geometry come from the same cache: no map host to reach.
    await page.goto(appUrl('?view=map&q=istanbul'))
    await page.waitForSelector('.ct-map-mark')

    await page.goto(appUrl('?mode=present&tag=istanbul-talks-2025'))
    await expect.poll(() => page.locator('#present-title').count()).toBe(1)
    // A presentation opened without an event first moves itself to step 1; a key pressed before that lands there.
    await expect.poll(() => page.getByLabel(/^Step 1 of/).count()).toBe(1)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByLabel(/^Step 2 of/).count()).toBe(1)
    expect(await page.getByText(/^Offline:/).count()).toBe(1)

    await context.setOffline(false)
    await page.goto(appUrl())
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(total)
    expect(await page.getByText(/^Offline:/).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
