import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, EVENTS_SHOWN, openPage, timelineHoldsStill, useBrowser } from './browser'

const browser = useBrowser()

async function ready(page: Page, selector = '[data-event-id]') {
  await page.waitForSelector(selector)
  await page.waitForTimeout(300)
}

describe('axe-core finds no violations', () => {
  it.each([
    ['the timeline, light', '?theme=light'],
    ['the timeline, dark', '?theme=dark'],
    ['the timeline, high contrast', '?theme=contrast'],
    [
      'the timeline with details open',
      '?range=2025-05-01,2025-08-15&event=2025-07-23-istanbul-third-round',
    ],
    [
      'the timeline with details open, dark',
      '?theme=dark&range=2025-05-01,2025-08-15&event=2025-07-23-istanbul-third-round',
    ],
    ['lanes by event type', '?group=type&range=2022-02-01,2022-06-30'],
    ['the list view', '?view=list&from=2025'],
    [
      'the list view with details open, dark',
      '?view=list&from=2025&theme=dark&event=2025-06-01-operation-spiderweb',
    ],
    ['present mode', '?mode=present&tag=istanbul-talks-2025'],
    ['present mode, dark', '?mode=present&tag=istanbul-talks-2025&theme=dark'],
    ['embed mode', '?mode=embed&tag=istanbul-talks-2025&event=2025-07-23-istanbul-third-round'],
    ['embed mode with filters, dark', '?mode=embed&controls=filters&theme=dark&type=strike'],
  ])('%s', async (_, query) => {
    const { page } = await openPage(browser(), query)
    await ready(page)
    expect(await axeViolations(page)).toEqual([])
  })

  it('with a filter list open', async () => {
    const { page } = await openPage(browser(), '?actor=russia')
    await ready(page)
    await page.getByRole('button', { name: 'Place', exact: true }).click()
    expect(await axeViolations(page)).toEqual([])
  })

  it('with the embed builder open', async () => {
    const { page } = await openPage(browser(), '?tag=istanbul-talks-2025')
    await ready(page)
    await page.getByRole('button', { name: 'Embed' }).click()
    await page.getByRole('dialog', { name: 'Embed this view' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
  })

  it('when nothing matches', async () => {
    const { page } = await openPage(browser(), '?type=strike&q=nonexistentword')
    await page.getByRole('heading', { name: 'No events match these filters' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
  })

  it('on the error page', async () => {
    const { page } = await openPage(browser(), '?data=/fixtures/missing.json')
    await page.getByRole('alert').waitFor()
    expect(await axeViolations(page)).toEqual([])
  })

  it('with notices', async () => {
    const { page } = await openPage(browser(), '?data=/fixtures/one-bad-event.json&group=lanes')
    await ready(page)
    expect(await axeViolations(page)).toEqual([])
  })
})

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element) return ''
    const eventId = element.getAttribute('data-event-id')
    if (eventId) return `event ${eventId}`
    return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`
  })
}

async function tabUntil(
  page: Page,
  matches: (focus: string) => boolean,
  limit = 40,
): Promise<string> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    const focus = await focused(page)
    if (matches(focus)) return focus
  }
  throw new Error(`Tab never reached the expected element; last focus: ${await focused(page)}`)
}

/**
 * Waits until the search is applied and the timeline has redrawn its lanes: until then, Tab can reach the marks
 * of events the search is about to hide.
 */
async function timelineFiltered(page: Page) {
  await expect
    .poll(async () => {
      const status = EVENTS_SHOWN.exec((await page.getByRole('status').textContent()) ?? '')
      return status !== null && Number(status[1]) < Number(status[2])
    })
    .toBe(true)
  await timelineHoldsStill(page)
}

/** The events the list view shows for a search. */
async function eventsMatching(search: string): Promise<string[]> {
  const { page } = await openPage(browser(), `?view=list&q=${search}`)
  await page.waitForSelector('.ct-list [data-event-id]')
  const ids = await page.$$eval('.ct-list [data-event-id]', (entries) =>
    entries.map((entry) => entry.getAttribute('data-event-id') ?? ''),
  )
  await page.close()
  return ids
}

describe('keyboard only', () => {
  it('Tab into the timeline reaches a mark in sight, not one drawn beyond its edge', async () => {
    const { page } = await openPage(browser(), '?range=2022-09-01,2022-12-31')
    await ready(page)
    const focus = await tabUntil(page, (element) => element.startsWith('event '), 60)
    const seenPx = await page.evaluate(() => {
      const mark = (document.activeElement as HTMLElement).getBoundingClientRect()
      const canvas = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect()
      return Math.min(mark.right, canvas.right) - Math.max(mark.left, canvas.left)
    })
    expect(seenPx, focus).toBeGreaterThanOrEqual(24)
  })

  it('filters, opens an event, reads it, closes it and switches view, with focus where a reader expects', async () => {
    const { page } = await openPage(browser(), '?range=2022-09-01,2022-12-31')
    await ready(page)
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a Skip to the events')
    await tabUntil(page, (focus) => focus.startsWith('input'))
    await page.keyboard.type('kherson')
    await timelineFiltered(page)
    const eventFocus = await tabUntil(page, (focus) => focus.startsWith('event '))
    expect(await eventsMatching('kherson')).toContain(eventFocus.replace('event ', ''))
    const eventId = eventFocus.replace('event ', '')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => await page.evaluate(() => document.activeElement?.tagName))
      .toBe('H2')
    const details = page.getByRole('complementary', { name: 'Event details' })
    expect(await details.textContent()).toContain('Sources')
    await page.keyboard.press('Escape')
    await expect.poll(() => focused(page)).toBe(`event ${eventId}`)
    await tabUntil(page, (focus) => focus === 'button List', 60)
    await page.keyboard.press('Enter')
    await page.waitForSelector('.ct-list [data-event-id]')
    expect(await focused(page)).toBe('button List')
    expect(
      await page.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true')
  })

  it('shows a visible focus ring on every control it reaches', async () => {
    const { page } = await openPage(browser())
    await ready(page)
    for (let presses = 0; presses < 15; presses += 1) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element)
        return `${style.outlineStyle} ${style.outlineWidth}`
      })
      expect(outline, await focused(page)).toMatch(/^(solid|auto) [2-9]/)
    }
  })
})

describe('print handout', () => {
  it('prints every filtered event with its sources and the link, and no controls', async () => {
    const { page } = await openPage(browser(), '?tag=istanbul-talks-2025')
    await ready(page)
    const status = await page.getByRole('status').textContent()
    await page.emulateMedia({ media: 'print' })
    await expect
      .poll(() => page.locator('.ct-print-event').count())
      .toBe(Number(status?.split(' ')[0]))
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0)
    expect(
      await page.locator('input, select, .vis-timeline').filter({ visible: true }).count(),
    ).toBe(0)
    const handout = (await page.locator('.ct-print-only').textContent()) ?? ''
    expect(handout).toContain('Lesson: Istanbul talks')
    expect(handout).toContain(`Live view: ${page.url()}`)
    expect(handout).toContain('https://www.channelnewsasia.com/')
  })
})

describe('zoom and narrow screens', () => {
  it.each([
    ['200% zoom of a 1440-pixel window', 720, 450],
    ['a 320-pixel phone', 320, 640],
  ])('%s: nothing scrolls sideways and no control is clipped', async (name, width, height) => {
    const { page } = await openPage(browser(), '?event=2025-07-23-istanbul-third-round', {
      width,
      height,
    })
    await ready(page)
    await page.screenshot({ path: `test-results/zoom-${width}.png` })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    )
    const clipped = await page.evaluate((viewportWidth) => {
      return [...document.querySelectorAll('button, select, input, a')]
        .filter((element) => !element.closest('.vis-timeline'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < -1 || box.right > viewportWidth + 1))
        .map(({ element }) => element.textContent?.trim() || element.getAttribute('aria-label'))
    }, width)
    expect(clipped, name).toEqual([])
  })
})
