/** One headless Debian Chromium per test file, launched the way this machine allows (GUIDE §5). */
import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
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

export async function searchParams(page: Page): Promise<URLSearchParams> {
  return new URL(page.url()).searchParams
}
