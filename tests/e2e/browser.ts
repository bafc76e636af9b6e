/** One headless Debian Chromium per test file, launched the way this machine allows (GUIDE §5). */
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * The test file's browser: launched before its first test, closed after its last. Call it at the top of the
 * file; the function it returns gives the browser inside a test.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll, before the first test')
    return browser
  }
}

/** The status line once a dataset is shown: "472 of 472 events". */
export const EVENTS_SHOWN = /^(\d+) of (\d+) events$/

export function appUrl(query = ''): string {
  return `${inject('origin')}/${query}`
}

/** A page that fails the test on any script error or console error. */
export async function openPage(
  browser: Browser,
  query = '',
  viewport = { width: 1440, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  await page.goto(appUrl(query))
  return { page, errors }
}

export async function drawnEventIds(page: Page): Promise<string[]> {
  return page.$$eval('.ct-timeline [data-event-id]', (elements) => [
    ...new Set(elements.map((element) => element.getAttribute('data-event-id') ?? '')),
  ])
}

/** How many events the timeline stands for: those drawn on their own, and those counted by its clusters. */
export async function eventsOnTimeline(page: Page): Promise<number> {
  return page.$$eval('.ct-timeline .ct-mark', (marks) => {
    const drawn = new Set(marks.map((mark) => mark.getAttribute('data-event-id')).filter(Boolean))
    const clustered = marks.reduce(
      (sum, mark) => sum + Number(mark.getAttribute('data-cluster-size') ?? 0),
      0,
    )
    return drawn.size + clustered
  })
}

/**
 * Waits until the timeline has drawn every lane (it redraws them one per frame, busy meanwhile) and its marks hold
 * still between two looks: an animated zoom moves them for a while after they are all drawn.
 */
export async function timelineHoldsStill(page: Page): Promise<void> {
  let before = ''
  await expect
    .poll(async () => {
      const now = await page.evaluate(() =>
        document.querySelector('.ct-timeline-canvas[aria-busy="true"]')
          ? 'busy'
          : JSON.stringify(
              [...document.querySelectorAll<HTMLElement>('.ct-timeline .ct-mark')].map((mark) => {
                const box = mark.getBoundingClientRect()
                return [mark.dataset.itemId, box.x, box.y]
              }),
            ),
      )
      const isStill = now !== 'busy' && now === before
      before = now
      return isStill
    })
    .toBe(true)
}

export async function searchParams(page: Page): Promise<URLSearchParams> {
  return new URL(page.url()).searchParams
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** axe-core's WCAG 2.2 A and AA rules on the page as it is now; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: `${inject('origin')}/test-vendor/axe.min.js` })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> }
      }
    ).axe
    const results = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return results.violations
  })
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
}
