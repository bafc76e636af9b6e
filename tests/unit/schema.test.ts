import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/data/validate-dataset'
import { formatIssue } from '../../src/data/dataset-issues'

const bundled: unknown = JSON.parse(
  readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'),
)

/** A small valid dataset; each test breaks one thing in a copy. */
function validDataset() {
  return {
    schemaVersion: 1,
    title: 'Test dataset',
    actors: [
      { id: 'ukraine', name: 'Ukraine', kind: 'state' },
      { id: 'rustem-umerov', name: 'Rustem Umerov', kind: 'person', affiliation: 'ukraine' },
    ],
    locations: [
      { id: 'istanbul', name: 'Istanbul', kind: 'city', country: 'TR', lat: 41.01, lon: 28.98 },
    ],
    eventTypes: [
      { id: 'negotiations', label: 'Negotiations', category: 'diplomatic', color: '#1d4ed8' },
    ],
    periods: [{ id: 'talks', label: 'Talks', start: '2025-05', end: '2025-07' }],
    events: [
      {
        id: 'first',
        date: '2025-05-16',
        title: 'First round',
        summary: 'A summary.',
        type: 'negotiations',
        actors: ['ukraine'],
        locations: ['istanbul'],
        quotes: [{ text: 'Words.', by: 'rustem-umerov' }],
        sources: [
          { publisher: 'AFP', title: 'A title', date: '2025-05-16', url: 'https://example.org/a' },
        ],
      },
      {
        id: 'second',
        date: '2025-06',
        title: 'Second round',
        summary: 'Another summary.',
        type: 'negotiations',
        actors: [],
        locations: ['istanbul'],
        sources: [],
      },
    ],
  }
}

type Dataset = ReturnType<typeof validDataset>
type Event = Dataset['events'][number] & Record<string, unknown>

function withFirstEvent(change: (event: Event) => void): Dataset {
  const dataset = validDataset()
  change(dataset.events[0] as Event)
  return dataset
}

describe(validateDataset.name, () => {
  it('accepts the bundled dataset, with a source on every event', () => {
    const report = validateDataset(bundled, { requireSources: true })
    expect(report.issues.map(formatIssue)).toEqual([])
    expect(report.dataset?.events.length).toBeGreaterThan(0)
  })

  it('accepts a small valid dataset without any issue', () => {
    const report = validateDataset(validDataset())
    expect(report.issues).toEqual([])
    expect(report.dataset?.events.map((event) => event.id)).toEqual(['first', 'second'])
  })

  it.each([
    [
      'a date that is not a calendar date',
      (e: Event) => (e.date = '2025-02-30'),
      'date',
      'expected a real calendar date, got "2025-02-30"',
    ],
    [
      'a date in the wrong form',
      (e: Event) => (e.date = '16/05/2025'),
      'date',
      'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (years before 1 BC with a minus: -0043 is 44 BC), got "16/05/2025"',
    ],
    [
      'an end before the start',
      (e: Event) => (e.endDate = '2025-05-01'),
      'endDate',
      'expected endDate not before date, got "2025-05-01"',
    ],
    [
      'an id that is not kebab-case',
      (e: Event) => (e.id = 'First Round'),
      'id',
      'expected a kebab-case id such as "istanbul-talks-2025", got "First Round"',
    ],
    [
      'a missing summary',
      (e: Event) => delete (e as Partial<Event>).summary,
      'summary',
      'missing; expected text',
    ],
    ['an empty title', (e: Event) => (e.title = '  '), 'title', 'must not be empty, got "  "'],
    [
      'an unknown type',
      (e: Event) => (e.type = 'battle'),
      'type',
      'expected an id from eventTypes; "battle" is not defined there',
    ],
    [
      'an unknown actor',
      (e: Event) => (e.actors = ['ukraine', 'atlantis']),
      'actors[1]',
      'expected an id from actors; "atlantis" is not defined there',
    ],
    [
      'an unknown location',
      (e: Event) => (e.locations = ['kyiv']),
      'locations[0]',
      'expected an id from locations; "kyiv" is not defined there',
    ],
    [
      'a quote by an unknown actor',
      (e: Event) => (e.quotes = [{ text: 'Hi.', by: 'nobody' }]),
      'quotes[0].by',
      'expected an id from actors; "nobody" is not defined there',
    ],
    [
      'a javascript: link',
      (e: Event) => (e.sources[0]!.url = 'javascript:alert(1)'),
      'sources[0].url',
      'expected an absolute http: or https: address, got "javascript:alert(1)"',
    ],
    [
      'a relative link',
      (e: Event) => (e.sources[0]!.url = '/local/page'),
      'sources[0].url',
      'expected an absolute http: or https: address, got "/local/page"',
    ],
    [
      'an importance out of range',
      (e: Event) => (e.importance = 5),
      'importance',
      'expected 1, 2 or 3, got 5',
    ],
    [
      'actors that are not a list',
      (e: Event) => (e.actors = 'ukraine' as never),
      'actors',
      'expected a list of actor ids, got "ukraine"',
    ],
  ])(
    'sets aside an event with %s, names it, and keeps the others',
    (_, breakIt, field, message) => {
      const report = validateDataset(withFirstEvent(breakIt))
      expect(report.issues).toHaveLength(1)
      expect(report.issues[0]).toMatchObject({
        record: { list: 'events', index: 0 },
        field,
        message,
      })
      expect(report.dataset?.events.map((event) => event.id)).toEqual(['second'])
      expect(report.setAside.events).toBe(1)
    },
  )

  it('names the record by index and id in the formatted line', () => {
    const report = validateDataset(withFirstEvent((event) => (event.date = '2025-13')))
    expect(report.issues.map(formatIssue)).toEqual([
      'events[0] "first" › date: expected a real calendar date, got "2025-13"',
    ])
  })

  it('reports every problem at once', () => {
    const report = validateDataset(
      withFirstEvent((event) => {
        event.date = 'soon'
        event.type = 'battle'
        event.sources[0]!.url = 'ftp://example.org'
      }),
    )
    expect(report.issues.map((issue) => issue.field).sort()).toEqual(['date', 'sources[0].url'])
    const typeOnly = validateDataset(withFirstEvent((event) => (event.type = 'battle')))
    expect(typeOnly.issues.map((issue) => issue.field)).toEqual(['type'])
  })

  it('sets aside a repeated id and points at the first use', () => {
    const dataset = validDataset()
    dataset.events[1]!.id = 'first'
    const report = validateDataset(dataset)
    expect(report.issues.map(formatIssue)).toEqual([
      'events[1] "first" › id: expected a unique id; events[0] already uses it',
    ])
    expect(report.dataset?.events).toHaveLength(1)
  })

  it('sets aside a bad actor, then the events that point at it, saying why', () => {
    const dataset = validDataset()
    dataset.actors[0]!.kind = 'country'
    const report = validateDataset(dataset)
    expect(report.issues.map(formatIssue)).toEqual([
      'actors[0] "ukraine" › kind: expected one of state, person, organization, armed-group, alliance, got "country"',
      'actors[1] "rustem-umerov" › affiliation: expected an id from actors; "ukraine" is there but was set aside (see its own problem)',
      'events[0] "first" › actors[0]: expected an id from actors; "ukraine" is there but was set aside (see its own problem)',
      'events[0] "first" › quotes[0].by: expected an id from actors; "rustem-umerov" is there but was set aside (see its own problem)',
    ])
    expect(report.dataset?.events.map((event) => event.id)).toEqual(['second'])
  })

  it.each([
    [
      'a colour that is not #rrggbb',
      'eventTypes',
      (d: Dataset) => (d.eventTypes[0]!.color = 'red'),
      'color',
      'expected a colour as #rrggbb, got "red"',
    ],
    [
      'a latitude out of range',
      'locations',
      (d: Dataset) => (d.locations[0]!.lat = 141),
      'lat',
      'expected a latitude from -90 to 90, got 141',
    ],
    [
      'a country name instead of a code',
      'locations',
      (d: Dataset) => (d.locations[0]!.country = 'Turkey'),
      'country',
      'expected an ISO 3166-1 alpha-2 country code such as "UA", got "Turkey"',
    ],
    [
      'a period that ends before it starts',
      'periods',
      (d: Dataset) => (d.periods[0]!.end = '2024'),
      'end',
      'expected end not before start, got "2024"',
    ],
  ])('reports %s in %s', (_, list, breakIt, field, message) => {
    const dataset = validDataset()
    breakIt(dataset)
    const report = validateDataset(dataset)
    expect(report.issues[0]).toMatchObject({ record: { list, index: 0 }, field, message })
  })

  it('requires a source on every event only when asked to (the bundled dataset)', () => {
    expect(validateDataset(validDataset()).issues).toEqual([])
    const strict = validateDataset(validDataset(), { requireSources: true })
    expect(strict.issues.map(formatIssue)).toEqual([
      'events[1] "second" › sources: expected at least one source (publisher, title, date, url)',
    ])
  })

  it.each([
    ['a list', [], '(document): expected a JSON object with the dataset'],
    ['a string', 'events', '(document): expected a JSON object with the dataset'],
    ['null', null, '(document): expected a JSON object with the dataset'],
    [
      'another schema version',
      { ...validDataset(), schemaVersion: 2 },
      'schemaVersion: expected 1 (the only version this app reads), got 2',
    ],
    ['no events list', { ...validDataset(), events: undefined }, 'events: expected a list (array)'],
    ['no title', { ...validDataset(), title: undefined }, 'title: missing; expected text'],
  ])('gives no dataset for %s, and says why', (_, input, message) => {
    const report = validateDataset(input)
    expect(report.dataset).toBeNull()
    expect(report.issues.map(formatIssue)).toContain(message)
  })
})
