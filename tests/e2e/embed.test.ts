import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUrl, drawnEventIds, openPage, searchParams, useBrowser } from './browser'

const EMBEDS = ['small', 'medium', 'large', 'sandboxed'] as const

const browser = useBrowser()

async function frameOf(page: Page, id: string): Promise<Frame> {
  const content = await (await page.locator(`#${id}`).elementHandle())?.contentFrame()
  if (!content) throw new Error(`#${id} has no document`)
  return content
}

async function openHost(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser(), 'fixtures/embed-host.html', {
    width: 1280,
    height: 1000,
  })
  for (const id of EMBEDS) {
    await (await frameOf(page, id)).waitForSelector('.ct-timeline [data-event-id]')
  }
  return { page, errors }
}

async function embedContentHeight(content: Frame): Promise<number> {
  return content
    .locator('.ct-embed')
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().height))
}

describe('embedding in a blog post', () => {
  it('fits 320×400, 640×480 and 1200×800 and sizes the iframe to what the app posts', async () => {
    const { page, errors } = await openHost()
    for (const id of ['small', 'medium', 'large']) {
      const iframe = page.locator(`#${id}`)
      const content = await frameOf(page, id)
      expect(
        await content.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true)
      const wanted = await embedContentHeight(content)
      await expect
        .poll(() =>
          iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height)),
        )
        .toBe(wanted)
      await iframe.scrollIntoViewIfNeeded()
      await iframe.screenshot({ path: `test-results/embed-${id}.png` })
    }
    expect(errors).toEqual([])
  })

  it('follows the content when a reader opens an event, without touching the page’s history', async () => {
    const { page } = await openHost()
    const historyLength = await page.evaluate(() => history.length)
    const iframe = page.locator('#small')
    const content = await frameOf(page, 'small')
    const before = await iframe.evaluate((element) => element.getBoundingClientRect().height)
    await content.locator('.ct-timeline [data-event-id]').first().click()
    await content.getByRole('complementary', { name: 'Event details' }).waitFor()
    await expect
      .poll(() => iframe.evaluate((element) => element.getBoundingClientRect().height))
      .toBeGreaterThan(before + 100)
    expect(
      await iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height)),
    ).toBe(await embedContentHeight(content))
    await content.getByRole('button', { name: /Next/ }).click()
    await content.getByRole('button', { name: 'Zoom in' }).click()
    await expect
      .poll(() => content.evaluate(() => new URLSearchParams(location.search).get('range')))
      .not.toBeNull()
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
  })

  it('fixes the author’s filters, and its full-view link opens the same view without embed mode', async () => {
    const { page } = await openHost()
    const content = await frameOf(page, 'small')
    expect(await content.getByRole('button', { name: 'Type' }).count()).toBe(0)
    expect(await content.getByRole('status').textContent()).toMatch(/^11 of \d+ events$/)
    const link = content.getByRole('link', { name: /full view/ })
    expect(await link.getAttribute('target')).toBe('_blank')
    const href = new URL((await link.getAttribute('href')) ?? '', content.url())
    expect(href.searchParams.get('mode')).toBeNull()
    expect(href.searchParams.get('tag')).toBe('istanbul-talks-2025')
    const full = await browser().newPage()
    await full.goto(href.href)
    await full.waitForSelector('.ct-timeline [data-event-id]')
    expect(await full.getByRole('status').textContent()).toBe(
      await content.getByRole('status').textContent(),
    )
    await full.close()
    const open = await frameOf(page, 'large')
    await open.getByRole('button', { name: 'Type' }).waitFor()
  })

  it('works in a sandboxed iframe with no storage', async () => {
    const { page, errors } = await openHost()
    const content = await frameOf(page, 'sandboxed')
    expect((await drawnEventIds(content as unknown as Page)).length).toBe(11)
    await content.locator('.ct-timeline [data-event-id]').first().click()
    await content.getByRole('complementary', { name: 'Event details' }).waitFor()
    expect(errors).toEqual([])
  })

  it('shows, from the builder’s code pasted into a page, the same view as the author’s', async () => {
    const context = await browser().newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const author = await context.newPage()
    await author.goto(appUrl('?type=prisoner-exchange&from=2025&range=2025-01-01,2025-12-31'))
    await author.waitForSelector('.ct-timeline [data-event-id]')
    await author.getByRole('button', { name: 'Embed' }).click()
    const dialog = author.getByRole('dialog', { name: 'Embed this view' })
    await dialog.getByRole('checkbox', { name: /change the filters/ }).check()
    await dialog.getByRole('button', { name: 'Copy code' }).click()
    await dialog.getByRole('button', { name: 'Code copied ✓' }).waitFor()
    const code = await author.evaluate(() => navigator.clipboard.readText())
    expect(code).toBe(await dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue())
    expect(code).toMatch(
      /^<iframe src="[^"]+" title="Conflict Timeline: [^"]+" width="100%" height="520" style="border:0;max-width:100%" loading="lazy" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin" data-conflict-timeline><\/iframe>\n<script src="[^"]+\/embed\.js" async><\/script>$/,
    )
    expect(code).toContain(
      'group=category&amp;view=timeline&amp;mode=embed&amp;theme=auto&amp;controls=filters&amp;range=2025-01-01,2025-12-31',
    )

    const blog = await context.newPage()
    await blog.setContent(
      `<!doctype html><html lang="en"><title>Post</title><body><h1>My post</h1>${code}</body></html>`,
    )
    const embedded = await (await blog.locator('iframe').elementHandle())!.contentFrame()
    await embedded!.waitForSelector('.ct-timeline [data-event-id]')
    expect(await embedded!.getByRole('status').textContent()).toBe(
      await author.getByRole('status').textContent(),
    )
    expect((await drawnEventIds(embedded as unknown as Page)).sort()).toEqual(
      (await drawnEventIds(author)).sort(),
    )
    await context.close()
  })

  it('runs from a sub-path of a static host and navigates there', async () => {
    const { page, errors } = await openPage(browser(), 'blog/assets/timeline/?type=negotiations')
    await page.waitForSelector('.ct-timeline [data-event-id]')
    await page.getByRole('button', { name: 'List', exact: true }).click()
    await page.waitForSelector('.ct-list [data-event-id]')
    expect(new URL(page.url()).pathname).toBe('/blog/assets/timeline/')
    expect((await searchParams(page)).get('view')).toBe('list')
    await page.reload()
    await page.waitForSelector('.ct-list [data-event-id]')
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await page.locator('.ct-present-progress').waitFor()
    expect(errors).toEqual([])
  })
})
