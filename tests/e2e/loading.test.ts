/**
 * What a page downloads to show a dataset: the bundled one once, or only the one a link names, started by the
 * page's first script (src/load/start-loading.ts) and taken over by the app.
 */
import { describe, expect, it } from 'vitest'
import { appUrl, EVENTS_SHOWN, useBrowser } from './browser'

const browser = useBrowser()

describe('the files a page downloads', () => {
  /** Every dataset the page asks for: the bundled one, or a fixture. */
  async function datasetRequests(query: string, status: RegExp | string) {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } })
    const requests: string[] = []
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (/\/(events-[^/]+|[^/]+\.csv)$/.test(pathname) || pathname.startsWith('/fixtures/'))
        requests.push(pathname.replace(/events-[^/]+\.json$/, 'events.json'))
    })
    await page.goto(appUrl(query))
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(status)
    await page.close()
    return requests
  }

  it('downloads the bundled dataset once, and only when no other is named', async () => {
    expect(await datasetRequests('', EVENTS_SHOWN)).toEqual(['/assets/events.json'])
    expect(
      await datasetRequests('?data=/fixtures/import/acled-sample.csv', '4 of 4 events'),
    ).toEqual(['/fixtures/import/acled-sample.csv'])
  })
})
