import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, EVENTS_SHOWN, openPage, searchParams, useBrowser } from './browser'

const browser = useBrowser()

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Open data' }).click()
  return page.getByRole('dialog', { name: 'Open data' })
}

/** Listens for what hostile text could do if it ran: a dialog, or a global it sets. */
function watchForScript(page: Page): { dialogs: string[] } {
  const watched = { dialogs: [] as string[] }
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return watched
}

/** Drops a file on the page as a browser does when a file is dragged from the desktop. */
async function dropFile(page: Page, name: string, text: string, type: string) {
  await page.evaluate(
    ({ name, text, type }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], name, { type }))
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        )
      }
    },
    { name, text, type },
  )
}

describe('opening your own data', () => {
  it('opens a TimelineJS file from disk, keeps it through a reload, and says whose data it is', async () => {
    const { page, errors } = await openPage(browser())
    const watched = watchForScript(page)
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    const dialog = await openDialog(page)
    await dialog
      .getByLabel('A file from this computer')
      .setInputFiles('tests/fixtures/import/timelinejs.json')
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('6 of 6 events')
    expect((await searchParams(page)).get('data')).toBe('local:timelinejs.json')
    expect((await searchParams(page)).get('group')).toBe('type')
    await expect
      .poll(() => page.locator('.ct-timeline [data-event-id="waterloo"]').count())
      .toBeGreaterThan(0)
    await expect.poll(() => page.getByText('Your data:').count()).toBe(1)
    await expect
      .poll(() => page.getByText(/Read as TimelineJS JSON: 6 events imported/).count())
      .toBe(1)
    await expect.poll(() => page.getByText(/3 records were set aside/).count()).toBe(1)

    await page.reload()
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('6 of 6 events')
    await expect.poll(() => page.getByText('Your data:').count()).toBe(1)

    await page.getByRole('button', { name: /^Close timelinejs\.json/ }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    expect((await searchParams(page)).get('data')).toBeNull()
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
    expect(watched.dialogs).toEqual([])
    expect(errors).toEqual([])
  })

  it('opens a spreadsheet and a TimelineJS file dropped anywhere on the page', async () => {
    const { page, errors } = await openPage(browser())
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    const csv = readFileSync('tests/fixtures/import/template-semicolon.csv', 'utf8')
    await dropFile(page, 'talks.csv', csv, 'text/csv')
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('2 of 2 events')
    await expect
      .poll(() => page.locator('.ct-timeline [data-event-id="first-round"]').count())
      .toBeGreaterThan(0)
    await page.locator('.ct-timeline [data-event-id="first-round"]').first().click()
    const details = page.getByRole('region', { name: 'First round' })
    await expect
      .poll(() => details.getByRole('link', { name: /Talks open, briefly/ }).count())
      .toBe(1)

    const timeline = readFileSync('tests/fixtures/import/timelinejs.json', 'utf8')
    await dropFile(page, 'napoleon.json', timeline, 'application/json')
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('6 of 6 events')
    expect((await searchParams(page)).get('data')).toBe('local:napoleon.json')
    expect(errors).toEqual([])
  })

  it('reports a file it cannot read and keeps the timeline and view on screen', async () => {
    const { page, errors } = await openPage(browser(), '?q=istanbul')
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    const before = await page.getByRole('status').first().textContent()
    const dialog = await openDialog(page)
    await dialog.getByLabel('A file from this computer').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,age\nAda,36\n'),
    })
    const alert = dialog.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('people.csv could not be opened.')
    expect(await alert.textContent()).toContain('expected "date" and "title"')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await page.getByRole('status').first().textContent()).toBe(before)
    expect((await searchParams(page)).get('q')).toBe('istanbul')
    expect((await searchParams(page)).get('data')).toBeNull()
    expect(errors).toEqual([])
  })

  it('loads a 20 MB export with progress, and the page answers while it does', async () => {
    const header =
      'event_id_cnty,event_date,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,notes,fatalities'
    const rows = Array.from(
      { length: 70_000 },
      (_, n) =>
        `UKR${n},2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')},1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Russia (2000-),Civilians (Ukraine),Ukraine,Kharkivska,Place ${n % 500},49.99,36.23,Ukrinform,"Shelling hit place ${n % 500}, a long note that repeats what local officials said about the damage and the people hurt in it.",${n % 3}`,
    )
    const buffer = Buffer.from([header, ...rows].join('\n'))
    expect(buffer.byteLength).toBeGreaterThan(20_000_000)
    const { page, errors } = await openPage(browser())
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    const dialog = await openDialog(page)
    await dialog
      .getByLabel('A file from this computer')
      .setInputFiles({ name: 'acled.csv', mimeType: 'text/csv', buffer })
    await expect.poll(() => dialog.getByText(/Opening acled\.csv/).count()).toBe(1)
    // The page is not frozen: the dialog's own field takes typing while the file is read.
    await dialog.getByLabel('Or the address of a file on the web').fill('typed while loading')
    expect(await dialog.getByLabel('Or the address of a file on the web').inputValue()).toBe(
      'typed while loading',
    )
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 60_000 })
      .toBe('70,000 of 70,000 events')
    expect(errors).toEqual([])
  }, 120_000)

  it('loads an imported image only when the reader asks for it', async () => {
    const { page, errors } = await openPage(browser())
    const requested: string[] = []
    await page.route('https://upload.example.org/**', async (route) => {
      requested.push(route.request().url())
      await route.fulfill({
        status: 200,
        contentType: 'image/png',
        body: readFileSync('public/share.png'),
      })
    })
    const dialog = await openDialog(page)
    await dialog
      .getByLabel('A file from this computer')
      .setInputFiles('tests/fixtures/import/timelinejs.json')
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('6 of 6 events')
    await page.locator('.ct-timeline [data-event-id="waterloo"]').first().click()
    const details = page.getByRole('region', { name: 'Battle of Waterloo' })
    await expect.poll(() => details.getByText('Example Museum').count()).toBe(1)
    expect(requested).toEqual([])
    await details.getByRole('button', { name: 'Show image from upload.example.org' }).click()
    await expect
      .poll(() => details.getByRole('img', { name: 'The battle, a painting' }).count())
      .toBe(1)
    // The element is drawn before its image is asked for.
    await expect.poll(() => requested).toEqual(['https://upload.example.org/waterloo.jpg'])
    expect(errors).toEqual([])
  })

  it('opens TimelineJS and ACLED files by address, as ?data= links do', async () => {
    const { page, errors } = await openPage(browser(), '?data=/fixtures/import/acled-sample.csv')
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('4 of 4 events')
    await expect.poll(() => page.getByText(/Read as ACLED export \(CSV\)/).count()).toBe(1)
    const dialog = await openDialog(page)
    await dialog
      .getByLabel('Or the address of a file on the web')
      .fill('/fixtures/import/timelinejs-sheet.csv')
    await dialog.getByRole('button', { name: 'Open address' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('3 of 3 events')
    expect((await searchParams(page)).get('data')).toBe('/fixtures/import/timelinejs-sheet.csv')
    expect(errors).toEqual([])
  })
})

describe('whose data this is', () => {
  const query = '?data=/fixtures/import/timelinejs-sheet.csv'
  const sentence =
    /Data from http:\/\/127\.0\.0\.1:\d+\/fixtures\/import\/timelinejs-sheet\.csv, not the Conflict Timeline dataset/

  it('is said in the main view, in the title, and in the printed handout, with the way back', async () => {
    const { page, errors } = await openPage(browser(), query)
    const note = page.getByRole('region', { name: 'Whose data this is' })
    await expect
      .poll(() => note.textContent())
      .toMatch(/not the Conflict Timeline dataset: “Kyiv, a history”/)
    expect(await page.title()).toMatch(
      /^Kyiv, a history \(data from 127\.0\.0\.1:\d+\) — Conflict Timeline$/,
    )
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await expect.poll(() => page.locator('.ct-print-only').textContent()).toMatch(sentence)
    await page.emulateMedia({ media: 'screen' })
    await note.getByRole('button', { name: 'Show the Conflict Timeline dataset' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    expect(await page.getByRole('region', { name: 'Whose data this is' }).count()).toBe(0)
    expect(errors).toEqual([])
  })

  it.each([
    ['embed', '&mode=embed'],
    ['present mode', '&mode=present'],
  ])('is said in %s', async (_, mode) => {
    const { page, errors } = await openPage(browser(), `${query}${mode}`)
    await expect.poll(() => page.getByText(sentence).count()).toBe(1)
    expect(await page.title()).toContain('(data from 127.0.0.1')
    expect(errors).toEqual([])
  })
})

describe('recovery', () => {
  it('a reload of the same address that fails keeps the last good data on screen, and says why', async () => {
    const { page, errors } = await openPage(browser())
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    let isFailing = false
    await page.route(
      (url) => url.pathname === '/fixtures/import/acled-sample.csv',
      (route) => (isFailing ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()),
    )
    const openAddress = async () => {
      const dialog = await openDialog(page)
      await dialog
        .getByLabel('Or the address of a file on the web')
        .fill('/fixtures/import/acled-sample.csv')
      await dialog.getByRole('button', { name: 'Open address' }).click()
      return dialog
    }
    await openAddress()
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('4 of 4 events')

    isFailing = true
    const dialog = await openAddress()
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('The server answered 503')
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'The timeline on the page has not changed.',
    )
    await page.keyboard.press('Escape')
    expect(await page.getByRole('status').first().textContent()).toBe('4 of 4 events')
    expect(await page.locator('.ct-timeline .ct-mark').count()).toBeGreaterThan(0)
    expect(errors.filter((error) => !error.includes('503'))).toEqual([])
  })
})

describe('downloads', () => {
  it('saves the shown events in each format, and a saved spreadsheet opens again as it was', async () => {
    const { page, errors } = await openPage(browser(), '?tag=istanbul-talks-2025')
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(EVENTS_SHOWN)
    const shown = Number((await page.getByRole('status').first().textContent())?.split(' ')[0])
    const saved: Record<string, string> = {}
    for (const [label, extension] of [
      ['Conflict Timeline JSON', '.json'],
      ['Spreadsheet (CSV)', '.csv'],
      ['TimelineJS JSON', '.timelinejs.json'],
      ['Calendar (iCalendar)', '.ics'],
    ] as const) {
      await page.getByRole('button', { name: 'Download' }).click()
      const download = page.waitForEvent('download')
      await page
        .getByRole('button', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) })
        .click()
      const file = await download
      expect(file.suggestedFilename()).toMatch(new RegExp(`${extension.replace(/\./g, '\\.')}$`))
      saved[extension] = readFileSync((await file.path())!, 'utf8')
    }
    expect((JSON.parse(saved['.json']!) as { events: unknown[] }).events).toHaveLength(shown)
    expect((JSON.parse(saved['.timelinejs.json']!) as { events: unknown[] }).events).toHaveLength(
      shown,
    )
    expect(saved['.ics']!.match(/BEGIN:VEVENT/g)).toHaveLength(shown)

    await dropFile(page, 'saved.csv', saved['.csv']!, 'text/csv')
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(`${shown} of ${shown} events`)
    expect(errors).toEqual([])
  })
})
