/**
 * Lane names in the browser, from 640 px wide (phones write them up the side: phone.test.ts): long ones wrap
 * within a column of 12rem, whole where the lanes have room, cut short and whole on hover where they do not.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openPage, useBrowser } from './browser'

const browser = useBrowser()

/** Each lane's name as drawn: its box, whether lines are cut off, and whether it stays inside its lane. */
function laneNames(page: Page) {
  return page.$$eval('.ct-timeline .ct-group-label', (labels) =>
    labels.map((label) => {
      const name = label.querySelector('.ct-group-name')
      return {
        text: label.textContent,
        title: label.getAttribute('title'),
        widthPx: label.getBoundingClientRect().width,
        isCut: name === null || name.scrollHeight > name.clientHeight,
        isInside:
          name !== null &&
          name.getBoundingClientRect().bottom <= label.getBoundingClientRect().bottom + 0.5,
      }
    }),
  )
}

describe('lane names', () => {
  /** The names' column is at most 12rem at this width (timeline.css). */
  const COLUMN_PX = 192

  it('wraps long names within 12rem and gives their lanes the room to show them whole', async () => {
    const { page } = await openPage(browser(), '?data=/fixtures/long-lane-names.json&group=actor')
    await page.waitForSelector('.ct-timeline .ct-mark')
    const names = await laneNames(page)
    expect(names.map((name) => name.text)).toContain('Rustem Umerov')
    expect(names.filter((name) => name.isCut || !name.isInside)).toEqual([])
    expect(Math.max(...names.map((name) => name.widthPx))).toBeCloseTo(COLUMN_PX, 0)
    const column = await page.locator('.ct-timeline .vis-panel.vis-left').boundingBox()
    expect(column?.width).toBeLessThanOrEqual(COLUMN_PX + 1)
  })

  it('cuts names short with the whole name on hover when the lanes are too many for them', async () => {
    const { page } = await openPage(browser(), '?group=actor')
    await page.waitForSelector('.ct-timeline .ct-mark')
    const names = await laneNames(page)
    expect(names.filter((name) => name.isCut).map((name) => name.text)).toContain(
      'Russian Ministry of Defence',
    )
    expect(
      names.filter(
        (name) => !name.isInside || name.title !== name.text || name.widthPx > COLUMN_PX + 0.5,
      ),
    ).toEqual([])
  })
})
