/**
 * The timeline at every scale, in the browser: what is under the pointer is what a click opens, every mark is a
 * 24 × 24 target, period names never overlap, clusters open by keyboard, small embeds are usable (phones:
 * phone.test.ts).
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  appUrl,
  eventsOnTimeline,
  openPage,
  searchParams,
  timelineHoldsStill,
  useBrowser,
} from './browser'

const BUNDLED_PERIODS = (
  JSON.parse(readFileSync('data/events.json', 'utf8')) as { periods: unknown[] }
).periods.length

const browser = useBrowser()

type DrawnMark = {
  itemId: string
  eventId: string | null
  clusterSize: number
  x: number
  y: number
  width: number
  height: number
  /** Whether the mark itself is what the browser finds at the centre of its visible part. */
  isHitAtCentre: boolean
}

/** Every mark on screen, with the point at the centre of its visible part and what lies there. */
async function drawnMarks(page: Page): Promise<DrawnMark[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.ct-timeline .vis-panel.vis-center')
    if (!canvas) return []
    const bounds = canvas.getBoundingClientRect()
    return [...document.querySelectorAll<HTMLElement>('.ct-timeline .ct-mark')].flatMap((mark) => {
      const box = mark.getBoundingClientRect()
      const left = Math.max(box.left, bounds.left)
      const right = Math.min(box.right, bounds.right)
      if (right - left < 12 || box.bottom < bounds.top || box.top > bounds.bottom) return []
      const x = (left + right) / 2
      const y = box.top + box.height / 2
      return [
        {
          itemId: mark.dataset.itemId ?? '',
          eventId: mark.dataset.eventId ?? null,
          clusterSize: Number(mark.dataset.clusterSize ?? 0),
          x,
          y,
          width: box.width,
          height: box.height,
          isHitAtCentre: document.elementFromPoint(x, y)?.closest('.ct-mark') === mark,
        },
      ]
    })
  })
}

async function settled(page: Page) {
  const total = Number(
    (await page.getByRole('status').textContent())?.split(' ')[0]?.replace(/,/g, ''),
  )
  await expect.poll(() => eventsOnTimeline(page)).toBe(total)
  await timelineHoldsStill(page)
}

/** Marks spread over the canvas, the densest years (at the right of a fit-all view) included. */
function sample(marks: DrawnMark[], kind: 'event' | 'cluster', count: number): DrawnMark[] {
  const ofKind = marks
    .filter((mark) => (kind === 'cluster' ? mark.clusterSize > 0 : mark.eventId !== null))
    .sort((a, b) => a.x - b.x)
  const picked = [0.1, 0.7, 0.85, 0.95].map(
    (share) => ofKind[Math.min(ofKind.length - 1, Math.floor(share * ofKind.length))],
  )
  return [...new Set(picked.filter((mark) => mark !== undefined))].slice(0, count)
}

describe('the timeline at every scale', () => {
  it.each([
    ['the bundled dataset', ''],
    ['10,000 events', '?data=/generated/10000.json'],
  ])(
    'at Fit all with %s, every mark is a 24 px target that a click at its centre opens',
    async (_, query) => {
      const { page, errors } = await openPage(browser(), query)
      await page.waitForSelector('.ct-timeline .ct-mark')
      await settled(page)
      const marks = await drawnMarks(page)
      expect(marks.length).toBeGreaterThan(30)
      expect(marks.filter((mark) => !mark.isHitAtCentre)).toEqual([])
      // Sub-pixel layout can report 23.99997 px for a 24 px box.
      expect(marks.filter((mark) => mark.width < 23.99 || mark.height < 23.99)).toEqual([])

      expect(sample(marks, 'event', 3).length).toBe(3)
      expect(sample(marks, 'cluster', 3).length).toBe(3)
      // Each click is made on the marks as drawn then: opening an event narrows the canvas, which lays it out again.
      for (const position of [0, 1, 2]) {
        await settled(page)
        const mark = sample(await drawnMarks(page), 'event', 3)[position]
        if (!mark) throw new Error('an event mark is missing')
        await page.mouse.click(mark.x, mark.y)
        await expect.poll(async () => (await searchParams(page)).get('event')).toBe(mark.eventId)
        await page.getByRole('complementary', { name: 'Event details' }).waitFor()
        await page.keyboard.press('Escape')
        await expect.poll(async () => (await searchParams(page)).get('event')).toBeNull()
      }
      for (const position of [0, 1, 2]) {
        await settled(page)
        const cluster = sample(await drawnMarks(page), 'cluster', 3)[position]
        if (!cluster) throw new Error('a cluster is missing')
        await page.mouse.click(cluster.x, cluster.y)
        // A cluster zooms in to its events (a narrower window in the URL), or lists them.
        await expect
          .poll(
            async () =>
              (await searchParams(page)).get('range') !== null ||
              (await page.getByRole('dialog', { name: /events/ }).count()) > 0,
          )
          .toBe(true)
        await page.getByRole('button', { name: 'Fit all' }).click()
        await expect.poll(async () => (await searchParams(page)).get('range')).toBeNull()
      }
      expect(errors).toEqual([])
    },
  )

  it('opens a cluster with Enter, and steps between marks with the arrow keys', async () => {
    const { page } = await openPage(browser(), '?data=/generated/10000.json')
    await page.waitForSelector('.ct-timeline .ct-mark')
    await settled(page)
    await page.getByRole('button', { name: 'Week' }).focus()
    await page.keyboard.press('Tab')
    const focusedMark = () =>
      page.evaluate(() => {
        const mark = document.activeElement?.closest<HTMLElement>('.ct-mark')
        return mark
          ? { cluster: mark.dataset.clusterSize ?? null, event: mark.dataset.eventId ?? null }
          : null
      })
    expect(await focusedMark()).not.toBeNull()
    for (let presses = 0; presses < 30 && (await focusedMark())?.cluster === null; presses += 1) {
      await page.keyboard.press('ArrowRight')
    }
    const cluster = await focusedMark()
    expect(cluster?.cluster).not.toBeNull()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await searchParams(page)).get('range')).not.toBeNull()
    // The focus follows into the zoomed-in view, on the mark of the cluster's first event.
    // With a second browser busy on the other core, the new layout can take longer than the default wait.
    await expect.poll(async () => (await focusedMark()) !== null, { timeout: 25_000 }).toBe(true)
  })

  it('never draws two period names over each other, at any zoom', async () => {
    for (const range of ['', '?range=2021-06-01,2023-12-31', '?range=2022-01-15,2022-06-15']) {
      const { page } = await openPage(browser(), range)
      await page.waitForSelector('.ct-timeline .ct-period-name:not(.is-hidden)')
      const boxes = await page.$$eval('.ct-period-name:not(.is-hidden)', (names) =>
        names.map((name) => {
          const box = name.getBoundingClientRect()
          return {
            name: name.textContent,
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
          }
        }),
      )
      expect(boxes.length).toBeGreaterThan(0)
      for (const box of boxes) {
        const clashes = boxes.filter(
          (other) =>
            other !== box &&
            other.left < box.right &&
            box.left < other.right &&
            other.top < box.bottom &&
            box.top < other.bottom,
        )
        expect(clashes).toEqual([])
      }
      await page.close()
    }
  })

  it.each([
    ['the bundled dataset', ''],
    ['three events', '?data=/fixtures/small-dataset.json'],
  ])('draws every lane of %s in its first frame, below the time axis', async (_, query) => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } })
    const logged: string[] = []
    page.on('console', (message) => logged.push(message.text()))
    // The lanes with marks when the first mark appears: observers run before the frame is painted.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const marks = document.querySelectorAll('.ct-timeline .vis-foreground .ct-mark')
        if (marks.length === 0) return
        const lanes = new Set([...marks].map((mark) => mark.closest('.vis-group')))
        Object.assign(window, { lanesAtFirstDraw: lanes.size })
        observer.disconnect()
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    await page.goto(appUrl(query))
    await page.waitForSelector('.ct-timeline .ct-mark')
    await settled(page)
    const drawn = await page.evaluate(() => {
      const axis = document.querySelector('.ct-timeline .vis-panel.vis-top')
      const marks = [...document.querySelectorAll('.ct-timeline .vis-foreground .ct-mark')]
      return {
        atFirstDraw: (window as unknown as { lanesAtFirstDraw: number }).lanesAtFirstDraw,
        settled: new Set(marks.map((mark) => mark.closest('.vis-group'))).size,
        axisBottom: axis?.getBoundingClientRect().bottom ?? Number.NaN,
        highestMarkTop: Math.min(...marks.map((mark) => mark.getBoundingClientRect().top)),
      }
    })
    expect(drawn.settled).toBeGreaterThan(0)
    expect(drawn.atFirstDraw).toBe(drawn.settled)
    expect(drawn.highestMarkTop).toBeGreaterThanOrEqual(drawn.axisBottom)
    // vis-timeline's word when its redraws could not settle the sizes.
    expect(logged.filter((text) => text.includes('infinite loop'))).toEqual([])
    await page.close()
  })

  it('reaches every period from the legend, named on the timeline or not', async () => {
    const { page } = await openPage(browser())
    await page.waitForSelector('.ct-timeline .ct-mark')
    await page.getByText(/^Periods \(\d+\)$/).click()
    const periods = page.getByRole('list', { name: 'Periods' }).getByRole('button')
    expect(await periods.count()).toBe(BUNDLED_PERIODS)
    await periods.filter({ hasText: 'Battle of Kyiv' }).click()
    await expect.poll(async () => (await searchParams(page)).get('range')).toMatch(/^2022-0[23]/)
  })

  it('opens an event by a click in a 320 × 400 embed', async () => {
    const { page, errors } = await openPage(browser(), '?mode=embed', { width: 320, height: 400 })
    await page.waitForSelector('.ct-timeline .ct-mark')
    for (
      let zooms = 0;
      zooms < 4 && (await drawnMarks(page)).every((mark) => !mark.eventId);
      zooms += 1
    ) {
      const cluster = (await drawnMarks(page)).find((mark) => mark.clusterSize > 0)
      if (!cluster) break
      await page.mouse.click(cluster.x, cluster.y)
      await page.waitForTimeout(400)
    }
    const marks = await drawnMarks(page)
    expect(marks.filter((mark) => !mark.isHitAtCentre)).toEqual([])
    const event = marks.find((mark) => mark.eventId)
    if (!event) throw new Error('no event drawn in the embed')
    await page.mouse.click(event.x, event.y)
    await expect.poll(async () => (await searchParams(page)).get('event')).toBe(event.eventId)
    expect(errors).toEqual([])
  })
})
