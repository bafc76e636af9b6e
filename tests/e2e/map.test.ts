/**
 * The map in the browser: it shows the filtered events at their places, follows the timeline's window, opens
 * events and sets the location filter, keeps its view in the URL, asks nothing of any other host, and is
 * axe-clean and usable at 320 px.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, openPage, searchParams, useBrowser } from './browser'

const browser = useBrowser()

/** The marks of the map on screen, not of the handout's map, which waits hidden for the page to print. */
const SHOWN_MARKS = '#main-content .ct-map-mark, .ct-map-aside .ct-map-mark'
const MAP = '#main-content .ct-map'

/** How many events the map's marks stand for, and which marks are drawn. */
async function mapMarks(page: Page): Promise<{ events: number; keys: string[] }> {
  return page.$$eval(SHOWN_MARKS, (marks) => ({
    events: marks.reduce((sum, mark) => sum + Number(mark.getAttribute('data-event-count')), 0),
    keys: marks.map((mark) => mark.getAttribute('data-map-mark') ?? '').sort(),
  }))
}

/** Until the layout around the map has settled: a map that fits its places refits as it is resized. */
async function settled(page: Page): Promise<void> {
  let previous = ''
  await expect
    .poll(async () => {
      const now = JSON.stringify(await mapMarks(page))
      const isStill = now === previous
      previous = now
      return isStill
    })
    .toBe(true)
}

async function shownCount(page: Page): Promise<number> {
  const status = (await page.getByRole('status').first().textContent()) ?? ''
  return Number(/^(\d+) of/.exec(status)?.[1])
}

describe('the map', () => {
  it('narrows its marks to a location filter, and a mark with one event opens it', async () => {
    const { page, errors } = await openPage(browser(), '?view=map')
    await page.waitForSelector(SHOWN_MARKS)
    const all = await mapMarks(page)
    await page.goto(`${new URL(page.url()).origin}/?view=map&location=bakhmut`)
    await expect.poll(async () => (await mapMarks(page)).keys).toContain('bakhmut')
    const filtered = await mapMarks(page)
    // An event in two cities is drawn in both: the marks count it twice, never less than once.
    expect(filtered.events).toBeGreaterThanOrEqual(await shownCount(page))
    expect(filtered.events).toBeLessThan(all.events / 4)

    await page.goto(`${new URL(page.url()).origin}/?view=map&q=anchorage`)
    const single = page.locator(`${MAP} .ct-map-mark[data-event-id]`).first()
    await single.waitFor()
    const eventId = await single.getAttribute('data-event-id')
    await single.click()
    await expect.poll(async () => (await searchParams(page)).get('event')).toBe(eventId)
    await expect.poll(() => page.locator(`[data-event-id="${eventId}"]`).count()).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBeTruthy()
    expect(errors).toEqual([])
  })

  it('opens a crowded mark to its places and events; a place becomes the location filter', async () => {
    const { page, errors } = await openPage(browser(), '?view=map&from=2022&to=2022')
    const cluster = page.locator(`${MAP} .ct-map-mark:not([data-event-id])`).first()
    await cluster.waitFor()
    await settled(page)
    await cluster.focus()
    await page.keyboard.press('Enter')
    const popover = page.getByRole('dialog')
    await popover.waitFor()
    const place = popover.getByRole('button', { name: /^Only / }).first()
    await expect
      .poll(() => place.evaluate((button) => button === document.activeElement))
      .toBe(true)
    const events = popover.getByRole('list', { name: 'Events' }).getByRole('button')
    expect(await events.count()).toBeGreaterThan(1)
    const placeName = /^Only (.+) \(\d+\)$/.exec((await place.textContent()) ?? '')?.[1]
    await place.click()
    await expect.poll(async () => (await searchParams(page)).get('location')).toBeTruthy()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    const placeList = page.locator(`${MAP} .ct-map-places`)
    await placeList.locator('summary').click()
    await expect
      .poll(() =>
        placeList.getByRole('button', { name: `Show only events in ${placeName}` }).count(),
      )
      .toBe(1)
    expect(errors).toEqual([])
  })

  it("beside the timeline, follows the timeline's window as it pans", async () => {
    const { page, errors } = await openPage(browser(), '?range=2022-02-20,2022-04-10')
    await page.waitForSelector('.ct-map-aside .ct-map-mark')
    const before = await mapMarks(page)
    const canvas = page.locator('.vis-center').first()
    const box = await canvas.boundingBox()
    if (!box) throw new Error('no timeline canvas')
    await page.mouse.move(box.x + 40, box.y + box.height - 20)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width - 20, box.y + box.height - 20, { steps: 12 })
    await page.mouse.up()
    await expect
      .poll(async () => (await searchParams(page)).get('range'))
      .not.toBe('2022-02-20,2022-04-10')
    await expect
      .poll(async () => JSON.stringify(await mapMarks(page)))
      .not.toBe(JSON.stringify(before))
    await page.getByRole('button', { name: 'All filtered' }).click()
    await expect.poll(async () => (await mapMarks(page)).events).toBeGreaterThan(before.events)
    expect(errors).toEqual([])
  })

  it('keeps its centre and zoom in the URL, and a link restores them', async () => {
    const { page } = await openPage(browser(), '?view=map')
    await page.waitForSelector(SHOWN_MARKS)
    await page.getByRole('button', { name: 'Zoom the map in' }).click()
    await expect
      .poll(async () => (await searchParams(page)).get('map'))
      .toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/)
    const map = (await searchParams(page)).get('map')
    await page.locator(`${MAP} .ct-map-surface`).focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(async () => (await searchParams(page)).get('map')).not.toBe(map)
    const moved = (await searchParams(page)).get('map')!
    const transform = await page
      .locator(`${MAP} .ct-map-surface > g`)
      .first()
      .getAttribute('transform')
    await page.reload()
    await page.waitForSelector(SHOWN_MARKS)
    expect((await searchParams(page)).get('map')).toBe(moved)
    expect(await page.locator(`${MAP} .ct-map-surface > g`).first().getAttribute('transform')).toBe(
      transform,
    )
    await page.keyboard.press('Tab')
    await page.getByRole('button', { name: 'Fit the map to the events' }).click()
    await expect.poll(async () => (await searchParams(page)).get('map')).toBeNull()
  })

  it('zooms with the wheel around the pointer, and draws more marks as places split', async () => {
    const { page } = await openPage(browser(), '?view=map')
    await page.waitForSelector(SHOWN_MARKS)
    const before = (await mapMarks(page)).keys.length
    const frame = await page.locator(`${MAP} .ct-map-surface`).boundingBox()
    if (!frame) throw new Error('no map')
    const kyiv = await page.locator(`${MAP} .ct-map-mark[data-map-mark="kyiv"]`).boundingBox()
    if (!kyiv) throw new Error('no Kyiv mark')
    await page.mouse.move(kyiv.x + kyiv.width / 2, kyiv.y + kyiv.height / 2)
    for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -300)
    // The view goes into the address 300 ms after a wheel step; on a busy machine that can fall between steps.
    await expect
      .poll(async () => Number((await searchParams(page)).get('map')?.split(',')[2] ?? 0))
      .toBeGreaterThan(8)
    await expect
      .poll(async () => (await page.$$(`${MAP} .ct-map-mark[data-map-mark="kyiv"]`)).length)
      .toBe(1)
    const after = await page.locator(`${MAP} .ct-map-mark[data-map-mark="kyiv"]`).boundingBox()
    expect(Math.abs(after!.x - kyiv.x)).toBeLessThan(30)
    expect((await mapMarks(page)).keys.length).toBeLessThan(before + 200)
  })

  it('makes no request outside its own origin', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } })
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    const { origin } = new URL((await openPage(browser(), '')).page.url())
    await page.goto(`${origin}/?view=map`)
    await page.waitForSelector(SHOWN_MARKS)
    await page.getByRole('button', { name: 'Zoom the map in' }).click()
    await page.goto(`${origin}/?range=2023-01-01,2023-12-31`)
    await page.waitForSelector('.ct-map-aside .ct-map-mark')
    await page.goto(`${origin}/?mode=present&location=bakhmut`)
    await page.waitForSelector('.ct-present-map .ct-map-mark')
    expect(requests.length).toBeGreaterThan(3)
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    )
  })

  it('in an embed shows the map, and the embed code offers it', async () => {
    const { page, errors } = await openPage(browser(), '?mode=embed&view=map', {
      width: 600,
      height: 520,
    })
    await page.waitForSelector(SHOWN_MARKS)
    expect(await page.getByRole('button', { name: /^Only / }).count()).toBe(0)
    const full = await openPage(browser(), '?view=map')
    await full.page.getByRole('button', { name: 'Embed' }).click()
    await full.page.getByRole('radio', { name: 'the map' }).check()
    expect(await full.page.getByLabel(/code/i).first().inputValue()).toContain('view=map')
    expect(errors).toEqual([])
  })

  it('works at 320 px: the map fills the width and its marks can be reached', async () => {
    const { page, errors } = await openPage(browser(), '?view=map', { width: 320, height: 640 })
    await page.waitForSelector(SHOWN_MARKS)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(320)
    const frame = await page.locator(`${MAP} .ct-map-frame`).boundingBox()
    expect(frame!.width).toBeGreaterThan(280)
    expect(frame!.height).toBeGreaterThan(250)
    expect(errors).toEqual([])
  })

  it('axe finds no violations on the map, in every theme, with a mark open', async () => {
    for (const theme of ['light', 'dark', 'contrast']) {
      const { page } = await openPage(browser(), `?view=map&theme=${theme}`)
      await page.waitForSelector(SHOWN_MARKS)
      await page.locator(`${MAP} .ct-map-places summary`).click()
      expect(await axeViolations(page), theme).toEqual([])
      const cluster = page.locator(`${MAP} .ct-map-mark:not([data-event-id])`).first()
      await settled(page)
      await cluster.focus()
      await page.keyboard.press('Enter')
      await page.getByRole('dialog').waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }
    const { page } = await openPage(browser(), '?range=2025-05-01,2025-08-31')
    await page.waitForSelector('.ct-map-aside .ct-map-mark')
    expect(await axeViolations(page)).toEqual([])
  })
})
