import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/data/validate-dataset'
import type { Dataset } from '../../src/data/schema'
import { dateFromParts, dateFromText } from '../../src/import/date-parts'
import { ImportError } from '../../src/import/import-result'
import { readAnyFormat } from '../../src/import/read-any-format'
import { textFromHtml } from '../../src/import/text-from-html'

function importFixture(name: string) {
  const result = readAnyFormat(readFileSync(`tests/fixtures/import/${name}`, 'utf8'), name)
  const report = validateDataset(result.document)
  if (!report.dataset) throw new Error(`${name} did not validate`)
  return { result, report, dataset: report.dataset }
}

const byId = (dataset: Dataset, id: string) => dataset.events.find((event) => event.id === id)

describe('dates in parts', () => {
  it.each([
    [[1815, 6, 18], '1815-06-18'],
    [['1814', '4', ''], '1814-04'],
    [[1805], '1805'],
    [[800, 12, 25], '0800-12-25'],
  ])('reads %j as %s', (parts, date) => {
    expect(dateFromParts(...(parts as [unknown, unknown?, unknown?]))).toEqual({ date })
  })

  it.each([
    [[0], 'year', /year 0 does not exist/],
    [[1812, 13], 'month', /1 to 12/],
    [[2023, 2, 29], 'day', /1 to 28/],
    [[2023, '', 5], 'month', /without a month/],
    [['MMXX'], 'year', /whole number/],
    [[12000], 'year', /beyond the four-digit years/],
    [[-13_800_000_000], 'year', /beyond the four-digit years/],
  ])('sets aside %j, naming the %s', (parts, part, message) => {
    const result = dateFromParts(...(parts as [unknown, unknown?, unknown?]))
    expect(result).toMatchObject({ part, error: expect.stringMatching(message) })
  })

  it('reads years BC as TimelineJS and people count them, with no year 0', () => {
    expect(dateFromParts(-44, 3, 15)).toEqual({ date: '-0043-03-15' })
    expect(dateFromParts(-1)).toEqual({ date: '0000' })
    // 5 BC is astronomical -4, a leap year of the proleptic Gregorian calendar; 4 BC is not.
    expect(dateFromParts(-5, 2, 29)).toEqual({ date: '-0004-02-29' })
    expect(dateFromParts(-4, 2, 29)).toMatchObject({ part: 'day' })
    expect(dateFromText('-0043-03-15')).toEqual({ date: '-0043-03-15' })
  })

  it('reads the dates spreadsheets write', () => {
    expect(dateFromText('24 February 2024')).toEqual({ date: '2024-02-24' })
    expect(dateFromText('Feb 2024')).toEqual({ date: '2024-02' })
    expect(dateFromText('2024-2-4')).toEqual({ date: '2024-02-04' })
    expect(dateFromText('yesterday')).toMatchObject({ error: expect.stringContaining('yesterday') })
  })
})

describe('HTML in imported text', () => {
  it('keeps text, paragraphs, line breaks and http(s) links, and nothing that runs', () => {
    const { text, links } = textFromHtml(
      '<p>One <a href="https://example.org/a">link</a> &amp; more</p><script>alert(1)</script>' +
        '<p>Two<br>lines <a href="javascript:alert(1)">bad</a> <a href=" data:text/html,x">worse</a></p>' +
        '<img src=x onerror=alert(1)><svg><script>alert(2)</script>svg text</svg>',
    )
    expect(text).toBe('One link & more\n\nTwo\nlines bad worse')
    expect(links).toEqual([{ text: 'link', url: 'https://example.org/a' }])
  })

  it('leaves plain text as it is', () => {
    expect(textFromHtml('  Plain text, 3 < 4 is not a tag  ')).toEqual({
      text: 'Plain text, 3 < 4 is not a tag',
      links: [],
    })
  })
})

describe('TimelineJS JSON', () => {
  const { result, dataset, report } = importFixture('timelinejs.json')

  it('takes the title slide as the title and description', () => {
    expect(result.format).toBe('timelinejs')
    expect(dataset.title).toBe('The Napoleonic Wars in brief')
    expect(dataset.description).toBe('A test timeline.\n\nSecond paragraph.')
  })

  it('maps dates at the precision of their parts, groups to types, unique_id to the id', () => {
    expect(dataset.events.map((event) => [event.id, event.date, event.endDate])).toEqual([
      ['waterloo', '1815-06-18', undefined],
      ['1814-04-first-abdication', '1814-04', '1814-05'],
      ['1805-the-year-of-austerlitz-and-trafalgar-two-battles-that-shaped', '1805', undefined],
      ['0800-12-25-charlemagne-crowned-emperor', '0800-12-25', undefined],
      ['bc-0043-03-15-caesar-assassinated', '-0043-03-15', undefined],
      ['waterloo-2', '1815-06-22', undefined],
    ])
    expect(dataset.eventTypes.map((type) => type.label)).toEqual(['Battles', 'Politics', 'Events'])
    expect(byId(dataset, 'waterloo')?.type).toBe('battles')
  })

  it('turns HTML into plain text with its links, and keeps media with caption and credit', () => {
    const waterloo = byId(dataset, 'waterloo')
    expect(waterloo?.summary).toBe(
      'Napoleon is defeated near Brussels.\n\nSecond paragraph\nwith a break.',
    )
    expect(waterloo?.links).toEqual([
      { text: 'near Brussels', url: 'https://en.wikipedia.org/wiki/Battle_of_Waterloo' },
    ])
    expect(waterloo?.media).toEqual({
      url: 'https://upload.example.org/waterloo.jpg',
      caption: 'The battle, a painting',
      credit: 'Example Museum',
    })
    const second = byId(dataset, 'waterloo-2')
    expect(second?.title).toBe('Second abdication')
    expect(second?.links).toBeUndefined()
    expect(second?.media).toBeUndefined()
    expect(JSON.stringify(dataset)).not.toMatch(/<script|onerror|javascript:|<img/)
  })

  it('takes a headline from the text when there is none, and the headline as summary when there is no text', () => {
    expect(dataset.events[2]?.title).toBe(
      'The year of Austerlitz and Trafalgar, two battles that shaped the decade to…',
    )
    expect(byId(dataset, '0800-12-25-charlemagne-crowned-emperor')?.summary).toBe(
      'Charlemagne crowned emperor',
    )
  })

  it('sets aside what it cannot draw, with the record, the field and why', () => {
    expect(result.setAside).toEqual([
      { origin: 'events[5]', field: 'start_date.month', message: expect.stringContaining('"13"') },
      { origin: 'events[7]', field: 'text', message: expect.stringContaining('no headline') },
      { origin: 'eras[1]', field: 'end_date', message: expect.stringContaining('missing') },
    ])
    expect(report.issues).toEqual([])
  })

  it('says what it changed, once per kind of change, with every record', () => {
    const messages = Object.fromEntries(
      result.adjusted.map(({ message, origins }) => [message, origins]),
    )
    expect(messages['the time of day was left out: this app keeps dates to the day']).toEqual([
      'events[0]',
    ])
    expect(messages['the id was used by an earlier record, so a number was added']).toEqual([
      'events[6]',
    ])
    expect(messages['the media was left out: its address is not an http(s) address']).toEqual([
      'events[6]',
    ])
    expect(messages['display_date was not kept: dates are written from their parts']).toEqual([
      'events[1]',
    ])
  })

  it('makes eras into periods', () => {
    expect(dataset.periods).toEqual([
      { id: 'napoleonic-wars', label: 'Napoleonic Wars', start: '1803', end: '1815-11' },
    ])
  })
})

describe("TimelineJS's spreadsheet template", () => {
  const { result, dataset } = importFixture('timelinejs-sheet.csv')

  it('reads the title row, eras, quoted cells with commas and line breaks, despite the BOM', () => {
    expect(result.format).toBe('timelinejs-sheet')
    expect(dataset.title).toBe('Kyiv, a history')
    expect(dataset.events.map((event) => event.title)).toEqual([
      'Independence, declared',
      'Orange Revolution',
      'Crimea',
    ])
    expect(dataset.events[0]?.summary).toBe(
      'The parliament votes.\nA second line, in the same cell.',
    )
    expect(dataset.events[1]?.endDate).toBe('2005-01-23')
    expect(dataset.periods?.map((period) => [period.label, period.start, period.end])).toEqual([
      ['The nineties', '1991', '2000'],
    ])
  })

  it('names the sheet column of a bad date', () => {
    expect(result.setAside).toEqual([
      { origin: 'row 7', field: 'Day', message: 'expected a day of 2022-02 (1 to 28), got "30"' },
    ])
  })
})

describe('our spreadsheet template', () => {
  const { result, dataset, report } = importFixture('template-semicolon.csv')

  it('reads a ;-separated file with lists, numbered sources, figures and quotes', () => {
    expect(result.format).toBe('csv-template')
    const [first] = dataset.events
    expect(first).toMatchObject({
      id: 'first-round',
      summary: 'Delegations meet; they talk.',
      actors: ['ukraine', 'russia'],
      locations: ['istanbul'],
      importance: 3,
      tags: ['talks'],
      figures: [{ label: 'prisoners to be exchanged', value: 1000 }],
      quotes: [{ text: 'We agreed, finally.', by: 'russia' }],
      checked: '2026-12-04',
    })
    expect(first?.sources).toHaveLength(2)
    expect(dataset.locations[0]).toMatchObject({ name: 'Istanbul', lat: 41.01, lon: 28.98 })
    expect(dataset.eventTypes.find((type) => type.label === 'Negotiations')?.category).toBe(
      'diplomatic',
    )
  })

  it('reports what it changed and what validation set aside, by row', () => {
    const origins = result.adjusted.flatMap(({ message, origins }) =>
      origins.map((origin) => `${origin}: ${message}`),
    )
    expect(origins).toEqual(
      expect.arrayContaining([
        'row 3: there was no summary, so the title stands as the summary',
        'row 3: figure 1 was left out: its value is not a number',
        'row 3: the checked date was left out: expected the day of the check, such as 2026-12-04, got "2025-06"',
        expect.stringMatching(/^row 4: the category is not one of/),
      ]),
    )
    expect(
      report.issues.map((issue) => [result.origins[issue.record?.index ?? -1], issue.field]),
    ).toEqual([['row 4', 'endDate']])
  })
})

describe('ACLED exports', () => {
  const { result, dataset } = importFixture('acled-sample.csv')

  it('maps sub-event types to types in the lanes of their event type, with actors, places and fatalities', () => {
    expect(result.format).toBe('acled')
    expect(dataset.events.map((event) => [event.id, event.date, event.title])).toEqual([
      ['ukr100001', '2024-02-24', 'Shelling/artillery/missile attack in Kharkiv'],
      ['ukr100002', '2024-02-24', 'Armed clash in Bakhmut'],
      ['ukr100003', '2024-03', 'Peaceful protest in Kyiv'],
      ['rus200001', '2024-03-01', 'Disrupted weapons use in Belgorod'],
    ])
    const categories = Object.fromEntries(
      dataset.eventTypes.map((type) => [type.label, type.category]),
    )
    expect(categories).toMatchObject({
      'Shelling/artillery/missile attack': 'military',
      'Armed clash': 'military',
      'Peaceful protest': 'political',
    })
    const [shelling, clash] = dataset.events
    expect(shelling?.figures).toEqual([{ label: 'reported fatalities (ACLED)', value: 2 }])
    expect(shelling?.sources).toEqual([
      { publisher: 'Ukrinform' },
      { publisher: 'Kyiv Independent' },
    ])
    expect(shelling?.summary).toContain('"according to local officials"')
    expect(clash?.actors).toHaveLength(3)
    expect(dataset.locations.find((place) => place.name === 'Kharkiv, Kharkivska')).toMatchObject({
      country: 'UA',
      lat: 49.9935,
      lon: 36.2304,
    })
    expect(dataset.locations.find((place) => place.name.startsWith('Belgorod'))?.country).toBe('RU')
  })

  it('sets aside a row with an impossible date and keeps the others', () => {
    expect(result.setAside).toEqual([
      { origin: 'row 5', field: 'event_date', message: 'expected a month from 1 to 12, got "13"' },
    ])
  })
})

describe('telling formats apart', () => {
  it('reads our own JSON as it is', () => {
    const text = readFileSync('tests/fixtures/small-dataset.json', 'utf8')
    expect(readAnyFormat(`\uFEFF${text}`, 'small.json')).toMatchObject({
      format: 'conflict-timeline',
      document: JSON.parse(text),
    })
  })

  it.each([
    ['', /is empty/],
    ['   \n', /is empty/],
    ['<!doctype html><html><body>Not found</body></html>', /web page/],
    ['{ "events": [ ', /not valid JSON/],
    ['name,age\nAda,36\n', /"name", "age".*expected "date" and "title"/],
  ])('says what is wrong with %j', (text, message) => {
    expect(() => readAnyFormat(text, 'file')).toThrow(ImportError)
    expect(() => readAnyFormat(text, 'file')).toThrow(message)
  })
})
