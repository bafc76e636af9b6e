import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { drawnEventIds, eventsOnTimeline, openPage, searchParams, useBrowser } from './browser'

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: { id: string; title: string; date: string }[]
}
const thirdRound = bundled.events.find((event) => event.id === '2025-07-23-istanbul-third-round')

/** How many days a `range=` value covers, ends included. */
function daysIn(range: string | null): number {
  const [start, end] = (range ?? '').split(',').map((date) => Date.parse(date))
  return start === undefined || end === undefined ? NaN : (end - start) / 86_400_000 + 1
}

const browser = useBrowser()

describe('the timeline on the bundled dataset', () => {
  it('stands for every bundled event once at Fit all, drawn or counted in a cluster, in one instance', async () => {
    const { page, errors } = await openPage(browser())
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(`${bundled.events.length} of ${bundled.events.length} events`)
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await expect.poll(() => eventsOnTimeline(page)).toBe(bundled.events.length)
    const drawn = await page.$$eval('.ct-timeline [data-event-id]', (marks) =>
      marks.map((mark) => mark.getAttribute('data-event-id')),
    )
    expect(new Set(drawn).size).toBe(drawn.length)
    expect(await page.locator('.ct-timeline [data-cluster-size]').count()).toBeGreaterThan(0)
    expect(await page.locator('.vis-timeline').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('opens the details of a clicked event and puts it in the URL; a reload restores it and the range', async () => {
    if (!thirdRound) throw new Error('the bundled dataset lost the third Istanbul round')
    const { page, errors } = await openPage(browser(), '?range=2025-07-01,2025-08-15')
    const item = page.locator(`.ct-timeline [data-event-id="${thirdRound.id}"]`)
    await item.click()
    const details = page.getByRole('region', { name: thirdRound.title })
    await details.waitFor()
    expect((await searchParams(page)).get('event')).toBe(thirdRound.id)
    expect(await details.textContent()).toContain('23 July 2025')

    await page.reload()
    await page.getByRole('region', { name: thirdRound.title }).waitFor()
    expect((await searchParams(page)).get('range')).toBe('2025-07-01,2025-08-15')
    await page.waitForSelector(`.ct-timeline [data-event-id="${thirdRound.id}"]`)
    const drawn = await drawnEventIds(page)
    expect(drawn).toContain(thirdRound.id)
    expect(drawn).not.toContain('2022-02-24-full-scale-invasion')
    expect(errors).toEqual([])
  })

  it('zooms with the buttons and keeps the window in the URL', async () => {
    const { page } = await openPage(browser(), '?range=2025-01-01,2025-12-31')
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect
      .poll(async () => (await searchParams(page)).get('range'))
      .toBe('2025-04-02,2025-10-01')
    await page.getByRole('button', { name: 'Zoom out' }).click()
    // 183 days doubled around the same centre.
    await expect
      .poll(async () => (await searchParams(page)).get('range'))
      .toBe('2025-01-01,2026-01-01')
    await page.getByRole('button', { name: 'Week' }).click()
    await expect.poll(async () => daysIn((await searchParams(page)).get('range'))).toBe(7)
    expect(await page.getByRole('button', { name: 'Week' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(async () => (await searchParams(page)).get('range')).toBeNull()
    await expect.poll(() => eventsOnTimeline(page)).toBe(bundled.events.length)
  })

  it('records a drag on the timeline as the new range, replacing the history entry', async () => {
    const { page } = await openPage(browser(), '?range=2025-05-01,2025-08-31')
    await page.waitForSelector('.ct-timeline [data-event-id]')
    const historyLength = await page.evaluate(() => history.length)
    const canvas = page.locator('.vis-center').first()
    const box = await canvas.boundingBox()
    if (!box) throw new Error('no timeline canvas')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height - 20, { steps: 10 })
    await page.mouse.up()
    await expect
      .poll(async () => (await searchParams(page)).get('range'))
      .not.toBe('2025-05-01,2025-08-31')
    const [start] = ((await searchParams(page)).get('range') ?? '').split(',')
    expect(start && start < '2025-05-01').toBe(true)
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
  })

  it('reaches an event by keyboard, opens it with Enter, steps with the arrows, and Escape closes it', async () => {
    const { page } = await openPage(
      browser(),
      '?data=/fixtures/small-dataset.json&range=2025-05-01,2025-07-31',
    )
    await page.waitForSelector('.ct-timeline [data-event-id]')
    const focusedId = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))
    await page.getByRole('button', { name: 'Week' }).focus()
    await page.keyboard.press('Tab')
    expect(await focusedId()).toBe('2025-05-16-first-round')
    await page.keyboard.press('ArrowRight')
    expect(await focusedId()).toBe('2025-06-energy-strikes')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => (await searchParams(page)).get('event'))
      .toBe('2025-06-energy-strikes')
    const heading = page
      .getByRole('complementary', { name: 'Event details' })
      .getByRole('heading', { level: 2 })
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true)
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(async () => (await searchParams(page)).get('event'))
      .toBe('2025-07-23-third-round')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await searchParams(page)).get('event')).toBeNull()
    expect(await focusedId()).toBe('2025-07-23-third-round')
  })

  it('keeps the focus on a mark through redraws, and leaves it where a click puts it', async () => {
    const { page } = await openPage(
      browser(),
      '?data=/fixtures/small-dataset.json&range=2025-05-01,2025-07-31',
    )
    await page.waitForSelector('.ct-timeline [data-event-id]')
    const focusedId = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null)
    const marksRedrawn = () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const canvas = document.querySelector('.ct-timeline .vis-itemset')
            if (!canvas) throw new Error('no timeline')
            new MutationObserver((_, observer) => {
              observer.disconnect()
              resolve()
            }).observe(canvas, { subtree: true, childList: true, attributes: true })
          }),
      )
    await page.getByRole('button', { name: 'Week' }).focus()
    await page.keyboard.press('Tab')
    expect(await focusedId()).toBe('2025-05-16-first-round')
    for (const width of [1000, 700, 1440]) {
      const redrawn = marksRedrawn()
      await page.setViewportSize({ width, height: 900 })
      await redrawn
      await page.waitForTimeout(300)
      expect(await focusedId()).toBe('2025-05-16-first-round')
    }
    await page.getByRole('status').click()
    expect(await focusedId()).toBeNull()
    const redrawn = marksRedrawn()
    await page.setViewportSize({ width: 1000, height: 900 })
    await redrawn
    await page.waitForTimeout(300)
    expect(await focusedId()).toBeNull()
  })

  it('Back closes the details that a click opened, and Forward reopens them', async () => {
    const { page } = await openPage(browser(), '?range=2025-07-01,2025-08-15')
    const item = page.locator('.ct-timeline [data-event-id="2025-07-14-trump-50-day-deadline"]')
    await item.click()
    const details = page.getByRole('region', {
      name: 'Trump gives Russia 50 days to reach a deal or face tariffs',
    })
    await details.waitFor()
    await page.goBack()
    await details.waitFor({ state: 'detached' })
    expect((await searchParams(page)).get('event')).toBeNull()
    await page.goForward()
    await details.waitFor()
  })
})

describe('other datasets through ?data=', () => {
  it('shows the good events of a dataset with a bad record, and a notice that names it', async () => {
    const { page } = await openPage(browser(), '?data=/fixtures/one-bad-event.json')
    await expect.poll(() => page.getByRole('status').textContent()).toBe('3 of 3 events')
    await page.waitForSelector('.ct-timeline [data-event-id]')
    expect((await drawnEventIds(page)).sort()).toEqual([
      '2025-05-16-first-round',
      '2025-06-energy-strikes',
      '2025-07-23-third-round',
    ])
    const notices = page.getByRole('region', { name: 'Notices' })
    expect(await notices.textContent()).toContain('1 record was set aside')
    await notices.getByText('Show details').click()
    expect(await notices.textContent()).toContain('events[1] "2025-02-30-impossible" › date')
  })

  it('draws a month-precision event across its whole month, not as a point on the 1st', async () => {
    const { page } = await openPage(
      browser(),
      '?data=/fixtures/small-dataset.json&range=2025-05-01,2025-07-31',
    )
    const monthItem = page.locator('.vis-item.is-band', {
      has: page.locator('[data-event-id="2025-06-energy-strikes"]'),
    })
    await monthItem.waitFor()
    expect(await monthItem.getAttribute('class')).toContain('is-imprecise')
    const axis = await page.locator('.vis-center').first().boundingBox()
    const box = await monthItem.boundingBox()
    if (!axis || !box) throw new Error('not drawn')
    const daysPerPixel = 92 / axis.width
    expect(box.width * daysPerPixel).toBeGreaterThan(28)
    expect(box.width * daysPerPixel).toBeLessThan(32)
  })

  it('shows the error and a Retry button for a dataset that is not there', async () => {
    const { page } = await openPage(browser(), '?data=/fixtures/missing.json')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('The server answered 404')
    await page.getByRole('button', { name: 'Retry' }).waitFor()
  })

  it('renders hostile titles and summaries as text and runs none of it', async () => {
    const { page, errors } = await openPage(
      browser(),
      '?data=/fixtures/hostile-text.json&event=2025-05-16-first-round&range=2025-05-01,2025-08-31',
    )
    const details = page.getByRole('region', {
      name: '<img src=x onerror="window.__pwned=1"> First round',
    })
    await details.waitFor()
    expect(await details.textContent()).toContain(
      '<script>window.__pwned=1</script><b>bold?</b> Plain text only.',
    )
    await page.waitForSelector('.ct-timeline [data-event-id]')
    const timelineText = await page.locator('.ct-timeline').textContent()
    expect(timelineText).toContain('<svg onload="window.__pwned=1">Third round</svg>')
    expect(timelineText).toContain('<img src=x onerror="window.__pwned=1">Talks')
    await page.getByRole('button', { name: /Next/ }).click()
    await page.getByRole('button', { name: /Next/ }).click()
    await page
      .getByText('<iframe src="javascript:window.__pwned=1"></iframe>', { exact: false })
      .waitFor()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(
      await page.locator('img, script:not([src]), svg[onload], iframe, b[onmouseover]').count(),
    ).toBe(0)
    expect(await page.getByRole('region', { name: 'Notices' }).textContent()).toContain(
      'expected an absolute http: or https: address',
    )
    expect(errors).toEqual([])
  })
})
