import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { validateDataset } from '../../src/data/validate-dataset'
import { buildFilterContext } from '../../src/filters/filter-context'
import { resolveCriteria } from '../../src/filters/filter-criteria'
import { filterEvents } from '../../src/filters/filter-events'
import { parseViewState } from '../../src/url/parse-view-state'
import { appUrl, drawnEventIds, openPage, searchParams, useBrowser } from './browser'

const bundled = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8'))).dataset!
const index = indexDataset(bundled)
const context = buildFilterContext(index)

/** What the filter logic (unit-tested on its own) says a query should show. */
function expectedIds(query: string): string[] {
  return filterEvents(context, resolveCriteria(index, parseViewState(query).view).criteria).map(
    (e) => e.id,
  )
}

const browser = useBrowser()

describe('filters in the browser', () => {
  it('a link with type, actor and q shows exactly the matching events', async () => {
    const query = '?type=negotiations,summit&actor=turkey&q=istanbul'
    const expected = expectedIds(query)
    expect(expected.length).toBeGreaterThan(2)
    const { page, errors } = await openPage(browser(), query)
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(`${expected.length} of ${bundled.events.length} events`)
    await page.waitForSelector('.ct-timeline [data-event-id]')
    expect((await drawnEventIds(page)).sort()).toEqual([...expected].sort())

    const fixture = await openPage(
      browser(),
      '?data=/fixtures/small-dataset.json&type=negotiations&actor=rustem-umerov&q=istanbul',
    )
    await fixture.page.waitForSelector('.ct-timeline [data-event-id]')
    expect(await drawnEventIds(fixture.page)).toEqual(['2025-07-23-third-round'])
    expect(await fixture.page.getByRole('status').textContent()).toBe('1 of 3 events')
    expect(errors).toEqual([])
  })

  it('chooses a filter with the keyboard only, and Back undoes it', async () => {
    const { page } = await openPage(browser(), '?data=/fixtures/small-dataset.json')
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await page.getByRole('searchbox', { name: 'Search events' }).focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Type')
    await page.keyboard.press('Enter')
    await page.keyboard.type('strike')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
      'checkbox',
    )
    await page.keyboard.press('Space')
    await expect.poll(async () => (await searchParams(page)).get('type')).toBe('strike')
    expect(await page.getByRole('status').textContent()).toBe('1 of 3 events')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe(
      'false',
    )
    await expect
      .poll(async () => (await drawnEventIds(page)).sort())
      .toEqual(['2025-06-energy-strikes'])

    await page.goBack()
    await expect.poll(async () => (await searchParams(page)).get('type')).toBeNull()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('3 of 3 events')
    await expect.poll(async () => (await drawnEventIds(page)).length).toBe(3)
    await page.goForward()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 of 3 events')
  })

  it('keeps the zoom when the filters change', async () => {
    const { page } = await openPage(browser(), '?range=2022-02-20,2022-04-30')
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await page.getByRole('button', { name: 'Type' }).click()
    await page.getByRole('checkbox', { name: /Negotiations/ }).check()
    await expect.poll(async () => (await searchParams(page)).get('type')).toBe('negotiations')
    expect((await searchParams(page)).get('range')).toBe('2022-02-20,2022-04-30')
    const drawn = await drawnEventIds(page)
    expect(drawn).toContain('2022-03-29-istanbul-talks')
    expect(drawn).not.toContain('2022-02-24-full-scale-invasion')
  })

  it('lists the same events as the timeline draws', async () => {
    const query = '?actor=north-korea'
    const { page } = await openPage(browser(), query)
    await page.waitForSelector('.ct-timeline [data-event-id]')
    const onTimeline = (await drawnEventIds(page)).sort()
    await page.getByRole('button', { name: 'List', exact: true }).click()
    await page.waitForSelector('.ct-list [data-event-id]')
    const inList = await page.$$eval('.ct-list [data-event-id]', (entries) =>
      entries.map((entry) => entry.getAttribute('data-event-id')),
    )
    expect([...inList].sort()).toEqual(onTimeline)
    expect(inList).toEqual(expectedIds(query))
    expect((await searchParams(page)).get('view')).toBe('list')
  })

  it('a copied link restores the same view in a new page', async () => {
    const context = await browser().newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const page = await context.newPage()
    await page.goto(
      appUrl('?type=prisoner-exchange&from=2025&group=type&range=2025-01-01,2025-12-31'),
    )
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await page.locator('.ct-timeline [data-event-id]').first().click()
    await expect.poll(async () => (await searchParams(page)).get('event')).not.toBeNull()
    await page.getByRole('button', { name: 'Copy link' }).click()
    await page.getByRole('button', { name: 'Link copied ✓' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())

    const other = await context.newPage()
    await other.goto(copied)
    await other.waitForSelector('.ct-timeline [data-event-id]')
    expect(await other.getByRole('status').textContent()).toBe(
      await page.getByRole('status').textContent(),
    )
    const title = await page
      .getByRole('complementary', { name: 'Event details' })
      .getByRole('heading', { level: 2 })
      .textContent()
    await other.getByRole('region', { name: title ?? '' }).waitFor()
    expect((await drawnEventIds(other)).sort()).toEqual((await drawnEventIds(page)).sort())
    await context.close()
  })
})
