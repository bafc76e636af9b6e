/** Timelines that reach back centuries, in the browser: dates BC drawn in their place and written as readers do. */
import { describe, expect, it } from 'vitest'
import { openPage, useBrowser } from './browser'

const browser = useBrowser()

describe('a timeline that reaches back before AD 1', () => {
  it('draws 44 BC in its place, left of AD 800, and writes it as readers do', async () => {
    const { page, errors } = await openPage(browser(), '?data=/fixtures/import/timelinejs.json')
    const caesar = page.locator('.ct-timeline [data-event-id="bc-0043-03-15-caesar-assassinated"]')
    const charlemagne = page.locator(
      '.ct-timeline [data-event-id="0800-12-25-charlemagne-crowned-emperor"]',
    )
    await caesar.waitFor()
    const [bc, ad] = [await caesar.boundingBox(), await charlemagne.boundingBox()]
    expect(bc!.x).toBeLessThan(ad!.x)
    expect(await page.locator('.vis-time-axis .vis-text').allTextContents()).toContain('1 BC')
    await caesar.click()
    const details = page.getByRole('region', { name: 'Caesar assassinated' })
    await expect.poll(() => details.textContent()).toContain('15 March 44 BC')
    expect(errors).toEqual([])
  })
})
