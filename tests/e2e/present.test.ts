import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { appUrl, openPage, searchParams, useBrowser } from './browser'

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: { id: string; date: string; title: string; tags?: string[] }[]
}
const lessonIds = bundled.events
  .filter((event) => event.tags?.includes('istanbul-talks-2025'))
  .map((event) => event.id)

const browser = useBrowser()

async function step(page: Page): Promise<string> {
  return (await page.locator('.ct-present-progress').textContent()) ?? ''
}

describe('present mode', () => {
  it('steps with every presenter key, a clicker and typed step numbers', async () => {
    const { page, errors } = await openPage(browser(), '?mode=present&tag=istanbul-talks-2025', {
      width: 1920,
      height: 1080,
    })
    const total = lessonIds.length
    await expect.poll(() => step(page)).toBe(`1 / ${total}`)
    await expect.poll(async () => (await searchParams(page)).get('event')).toBe(lessonIds[0])
    const presses: [string, number][] = [
      ['ArrowRight', 2],
      ['ArrowDown', 3],
      ['PageDown', 4],
      ['Space', 5],
      ['ArrowLeft', 4],
      ['ArrowUp', 3],
      ['PageUp', 2],
      ['End', total],
      ['Home', 1],
    ]
    for (const [key, expected] of presses) {
      await page.keyboard.press(key)
      await expect.poll(() => step(page)).toBe(`${expected} / ${total}`)
    }
    await page.keyboard.type('3')
    await page.locator('.ct-present-goto').waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => step(page)).toBe(`3 / ${total}`)
    expect((await searchParams(page)).get('event')).toBe(lessonIds[2])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      bundled.events.find((event) => event.id === lessonIds[2])?.title,
    )
    expect(errors).toEqual([])
  })

  it('writes body text at 28 px or more on a 1920-pixel projector, and fits the card on screen', async () => {
    const { page } = await openPage(browser(), '?mode=present&tag=istanbul-talks-2025', {
      width: 1920,
      height: 1080,
    })
    await page.locator('.ct-present-text').waitFor()
    const size = await page
      .locator('.ct-present-text')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    expect(size).toBeGreaterThanOrEqual(28)
    for (let index = 0; index < lessonIds.length; index += 1) {
      const fits = await page
        .locator('.ct-present-card')
        .evaluate((card) => card.scrollHeight <= card.clientHeight + 1)
      expect(fits, `step ${index + 1} fits`).toBe(true)
      await page.keyboard.press('PageDown')
    }
  })

  it('resumes at the same step after a refresh, and Escape leaves with the filters intact', async () => {
    const { page } = await openPage(
      browser(),
      `?mode=present&tag=istanbul-talks-2025&event=${lessonIds[4]}`,
    )
    await expect.poll(() => step(page)).toBe(`5 / ${lessonIds.length}`)
    await page.reload()
    await expect.poll(() => step(page)).toBe(`5 / ${lessonIds.length}`)
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await searchParams(page)).get('mode')).toBeNull()
    const params = await searchParams(page)
    expect(params.get('tag')).toBe('istanbul-talks-2025')
    expect(params.get('event')).toBe(lessonIds[4])
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(`${lessonIds.length} of ${bundled.events.length} events`)
  })

  it('is one click from the normal view, keeps its filters, and Back returns to it', async () => {
    const { page } = await openPage(browser(), '?type=negotiations&from=2025')
    await page.waitForSelector('[data-event-id]')
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await page.locator('.ct-present-progress').waitFor()
    const params = await searchParams(page)
    expect(params.get('mode')).toBe('present')
    expect(params.get('type')).toBe('negotiations')
    expect(params.get('from')).toBe('2025')
    await page.goBack()
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor()
  })

  it('offers lessons from the dataset, each opening present mode on its events', async () => {
    const { page } = await openPage(browser())
    await page.waitForSelector('[data-event-id]')
    await page.getByRole('button', { name: 'Lessons' }).click()
    await page
      .getByRole('link', { name: /^Istanbul talks\b/ })
      .first()
      .click()
    await expect.poll(() => step(page)).toBe(`1 / ${lessonIds.length}`)
    expect((await searchParams(page)).get('tag')).toBe('istanbul-talks-2025')
  })

  it('goes full screen with F', async () => {
    const { page } = await openPage(browser(), '?mode=present&tag=istanbul-talks-2025')
    await page.locator('.ct-present-progress').waitFor()
    await page.keyboard.press('f')
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
    await page.keyboard.press('f')
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true)
  })

  it('jumps instead of animating when the reader prefers reduced motion', async () => {
    const context = await browser().newContext({
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 720 },
    })
    const page = await context.newPage()
    await page.goto(appUrl('?mode=present&tag=istanbul-talks-2025'))
    await page.locator('.ct-present-progress').waitFor()
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await page.keyboard.press('End')
    // Without animation the strip is already centred on the new event in the next frame.
    await page.waitForTimeout(50)
    const selected = page.locator('.ct-timeline .vis-selected')
    const canvas = await page.locator('.ct-timeline .vis-center').boundingBox()
    const box = await selected.first().boundingBox()
    expect(canvas && box && Math.abs(box.x - (canvas.x + canvas.width / 2))).toBeLessThan(
      canvas!.width * 0.2,
    )
    await context.close()
  })
})
