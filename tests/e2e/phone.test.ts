/**
 * The app on phones, in the browser: the header folds into a menu and the timeline keeps most of the first screen,
 * with our dataset or someone else's; lane names are written whole up their side when the lanes have room.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, openPage, useBrowser } from './browser'

const browser = useBrowser()

/** How much of the first screen, as a share of its height, the timeline (its toolbar and canvas) takes. */
async function timelineShare(page: Page, screenHeight: number): Promise<number> {
  const box = await page.locator('.ct-timeline').first().boundingBox()
  if (!box) throw new Error('no timeline on the page')
  return (Math.min(screenHeight, box.y + box.height) - box.y) / screenHeight
}

describe('on a phone', () => {
  it('gives the timeline most of a 390-pixel phone’s first screen', async () => {
    const { page } = await openPage(browser(), '', { width: 390, height: 844 })
    await page.waitForSelector('.ct-timeline .ct-mark')
    expect(await timelineShare(page, 844)).toBeGreaterThanOrEqual(0.6)
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Embed' }).isVisible()).toBe(false)
    await page.screenshot({ path: 'test-results/timeline-390.png' })
    await page.getByRole('button', { name: 'Menu' }).click()
    expect(await page.getByRole('button', { name: 'Embed' }).isVisible()).toBe(true)
  })

  it('writes every lane’s name whole up its side on a phone, and no stray digit on the axis', async () => {
    for (const query of ['', '?range=2025-03-01,2025-07-31']) {
      const { page } = await openPage(browser(), query, { width: 390, height: 844 })
      await page.waitForSelector('.ct-timeline .ct-mark')
      await page.waitForTimeout(300)
      const names = await page.$$eval('.ct-timeline .ct-group-label', (labels) =>
        labels.map((label) => ({
          name: label.textContent,
          isUpTheSide: getComputedStyle(label).writingMode.startsWith('vertical'),
          isCut: label.scrollHeight > label.clientHeight,
        })),
      )
      expect(names.length).toBeGreaterThan(1)
      expect(names.filter((name) => !name.isUpTheSide || name.isCut)).toEqual([])
      const axisLabels = await page.$$eval(
        '.ct-timeline .vis-time-axis .vis-text.vis-minor',
        (labels, canvasLeft) =>
          labels
            .filter((label) => getComputedStyle(label).visibility === 'visible')
            .map((label) => ({
              text: label.textContent,
              left: label.getBoundingClientRect().left - canvasLeft,
            })),
        (await page.locator('.ct-timeline .vis-panel.vis-center').boundingBox())?.x ?? 0,
      )
      expect(axisLabels.length).toBeGreaterThan(1)
      expect(axisLabels.filter((label) => label.left < -0.5)).toEqual([])
      await page.close()
    }
  })

  it('cuts lane names short on a phone only when the lanes are too many, and shows them whole on hover', async () => {
    const { page } = await openPage(browser(), '?group=type&range=2022-01-01,2022-12-31', {
      width: 390,
      height: 844,
    })
    await page.waitForSelector('.ct-timeline .ct-mark')
    const names = await page.$$eval('.ct-timeline .ct-group-label', (labels) =>
      labels.map((label) => ({
        name: label.textContent,
        title: label.getAttribute('title'),
        isCut: label.scrollHeight > label.clientHeight,
      })),
    )
    expect(names.some((name) => name.isCut)).toBe(true)
    expect(names.filter((name) => name.title !== name.name)).toEqual([])
  })

  it('keeps the timeline in most of the first screen with someone else’s data, and says whose it is', async () => {
    for (const screen of [
      { width: 390, height: 844, lines: 2 },
      { width: 360, height: 640, lines: 1 },
      { width: 320, height: 568, lines: 1 },
    ]) {
      const { page, errors } = await openPage(
        browser(),
        '?data=/fixtures/small-dataset.json',
        screen,
      )
      await page.waitForSelector('.ct-timeline .ct-mark')
      const note = page.getByRole('region', { name: 'Whose data this is' })
      expect(await note.innerText()).toMatch(/^Not our data: 127\.0\.0\.1:\d+ · “.+”\s+Show ours$/)
      const lineHeight = await note
        .locator('p')
        .evaluate((paragraph) => Number.parseFloat(getComputedStyle(paragraph).lineHeight))
      expect((await note.locator('p').boundingBox())?.height).toBeLessThanOrEqual(
        screen.lines * lineHeight + 1,
      )
      expect(await timelineShare(page, screen.height)).toBeGreaterThanOrEqual(0.6)
      await page.screenshot({ path: `test-results/phone-${screen.width}-their-data.png` })
      expect(await axeViolations(page)).toEqual([])
      await note.getByRole('button', { name: 'Show ours' }).click()
      await expect.poll(() => note.count()).toBe(0)
      expect(errors).toEqual([])
      await page.close()
    }
  })

  it('keeps the zoom buttons and presets on one row, 320 pixels wide', async () => {
    const { page } = await openPage(browser(), '', { width: 320, height: 568 })
    await page.waitForSelector('.ct-timeline .ct-mark')
    const rows = await page
      .getByRole('toolbar', { name: 'Zoom' })
      .getByRole('button')
      .evaluateAll(
        (buttons) => new Set(buttons.map((button) => button.getBoundingClientRect().top)).size,
      )
    expect(rows).toBe(1)
    expect(await timelineShare(page, 568)).toBeGreaterThanOrEqual(0.6)
  })
})
