import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import type { Dataset, TimelineEvent } from '../../src/data/schema'
import { validateDataset } from '../../src/data/validate-dataset'
import { datasetToCsv } from '../../src/export/csv-export'
import { datasetOf } from '../../src/export/dataset-subset'
import { datasetToIcs } from '../../src/export/ics-export'
import { datasetToJson } from '../../src/export/json-export'
import { datasetToTimelineJs } from '../../src/export/timelinejs-export'
import { readAnyFormat } from '../../src/import/read-any-format'

const bundled = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8'))).dataset!
const index = indexDataset(bundled)
/** Events with every kind of field: figures, quotes, several sources, periods, month precision. */
const shown = bundled.events.filter(
  (event) =>
    event.tags?.includes('istanbul-talks-2025') ||
    event.id === '2025-08-ukrainian-drone-strikes-on-russian-refineries' ||
    event.date.startsWith('2022-09'),
)
const subset = datasetOf(index, shown)

function reimport(text: string, name: string): Dataset {
  const report = validateDataset(readAnyFormat(text, name).document)
  expect(report.issues).toEqual([])
  return report.dataset!
}

/** An event as a reader sees it: names instead of ids, which a spreadsheet cannot keep. */
function asRead(dataset: Dataset, event: TimelineEvent) {
  const actor = (id: string) => dataset.actors.find((item) => item.id === id)?.name
  const place = (id: string) => dataset.locations.find((item) => item.id === id)
  return {
    ...event,
    type: dataset.eventTypes.find((type) => type.id === event.type)?.label,
    actors: event.actors.map(actor),
    locations: event.locations.map((id) => ({
      name: place(id)?.name,
      lat: place(id)?.lat,
      lon: place(id)?.lon,
    })),
    quotes: event.quotes?.map((quote) => ({ ...quote, by: actor(quote.by) })),
  }
}

describe('the shown events as a dataset', () => {
  it('is valid, and keeps only the records they use', () => {
    expect(shown.length).toBeGreaterThan(10)
    const report = validateDataset(subset, { requireSources: true })
    expect(report.issues).toEqual([])
    const used = new Set(
      shown.flatMap((event) => [...event.actors, ...(event.quotes ?? []).map((quote) => quote.by)]),
    )
    expect(
      subset.actors.every(
        (actor) =>
          used.has(actor.id) || subset.actors.some((other) => other.affiliation === actor.id),
      ),
    ).toBe(true)
    expect(subset.eventTypes.length).toBeLessThan(bundled.eventTypes.length)
    expect(subset.periods?.map((period) => period.id)).toContain('istanbul-talks-2025')
  })
})

describe('round trips: export, then open the file again', () => {
  it('gives back the same dataset from our JSON', () => {
    expect(reimport(datasetToJson(subset), 'export.json')).toEqual(subset)
  })

  it('gives back the same events, field for field, from our spreadsheet', () => {
    const again = reimport(datasetToCsv(subset), 'export.csv')
    expect(again.events.map((event) => asRead(again, event))).toEqual(
      subset.events.map((event) => asRead(subset, event)),
    )
    const typesOf = (dataset: Dataset) =>
      dataset.eventTypes.map((type) => `${type.label} (${type.category})`).sort()
    expect(typesOf(again)).toEqual(typesOf(subset))
  })

  it('gives back what TimelineJS holds: ids, dates, titles, summaries, types and periods', () => {
    const again = reimport(datasetToTimelineJs(subset), 'export.timelinejs.json')
    const held = (dataset: Dataset) =>
      dataset.events.map((event) => ({
        id: event.id,
        date: event.date,
        endDate: event.endDate,
        title: event.title,
        summary: event.summary,
        type: dataset.eventTypes.find((type) => type.id === event.type)?.label,
      }))
    expect(held(again)).toEqual(held(subset))
    expect(again.title).toBe(subset.title)
    expect(again.periods?.map((period) => [period.label, period.start, period.end])).toEqual(
      subset.periods?.map((period) => [period.label, period.start, period.end]),
    )
  })

  it('escapes text that looks like HTML for TimelineJS, and it comes back as the same text', () => {
    const tricky = {
      ...subset,
      events: [
        { ...shown[0]!, title: '<b>bold</b> & "quoted"', summary: 'One <script>x</script>\n\nTwo' },
      ],
    }
    const text = datasetToTimelineJs(tricky)
    expect(text).not.toContain('<script>')
    const again = reimport(text, 'tricky.json')
    expect(again.events[0]).toMatchObject({
      title: '<b>bold</b> & "quoted"',
      summary: 'One <script>x</script>\n\nTwo',
    })
  })
  it('keeps dates BC through TimelineJS, the spreadsheet and our JSON, and says what iCalendar cannot hold', () => {
    const ancient = {
      ...subset,
      events: [
        { ...shown[0]!, id: 'ides-of-march', date: '-0043-03-15', endDate: undefined },
        { ...shown[1]!, id: 'year-one-bc', date: '0000', endDate: undefined },
      ],
    }
    const timelineJs = JSON.parse(datasetToTimelineJs(ancient)) as {
      events: { start_date: { year: number } }[]
    }
    expect(timelineJs.events.map((event) => event.start_date.year)).toEqual([-44, -1])
    for (const [text, name] of [
      [datasetToTimelineJs(ancient), 'ancient.json'],
      [datasetToCsv(ancient), 'ancient.csv'],
      [datasetToJson(ancient), 'ancient-ours.json'],
    ] as const) {
      expect(reimport(text, name).events.map((event) => event.date)).toEqual([
        '-0043-03-15',
        '0000',
      ])
    }
    const calendar = datasetToIcs(ancient, new Date('2026-12-04T10:00:00Z'))
    expect(calendar).toContain('X-WR-CALDESC:1 event before 1 BC')
    expect(calendar).toContain('DTSTART;VALUE=DATE:00000101')
  })
})

describe('the spreadsheet export', () => {
  it('keeps a formula-like cell from running as a formula', () => {
    const formula = {
      ...subset,
      events: [{ ...shown[0]!, title: '=HYPERLINK("https://evil.example")' }],
    }
    expect(datasetToCsv(formula)).toContain(`"'=HYPERLINK(""https://evil.example"")"`)
  })
})

describe('the calendar export', () => {
  const ics = datasetToIcs(subset, new Date('2026-12-04T10:00:00Z'))
  const unfolded = ics.replace(/\r\n /g, '')

  it('writes all-day events over the days each date covers', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(unfolded).toContain(
      'UID:2025-07-23-istanbul-third-round@conflict-timeline\r\nDTSTAMP:20261204T100000Z\r\nDTSTART;VALUE=DATE:20250723\r\nDTEND;VALUE=DATE:20250724',
    )
    // A month known only as August 2025 covers the whole month.
    expect(unfolded).toMatch(
      /UID:2025-08-ukrainian-drone-strikes-on-russian-refineries@conflict-timeline\r\nDTSTAMP:\S+\r\nDTSTART;VALUE=DATE:20250801\r\nDTEND;VALUE=DATE:20250901/,
    )
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(subset.events.length)
  })

  it('escapes text and folds long lines at 75 octets', () => {
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(unfolded).toMatch(/SUMMARY:Third round of direct talks in Istanbul\r\n/)
    expect(unfolded).toMatch(/DESCRIPTION:[^\r]*\\, [^\r]*\\n\\nSources:\\n/)
  })
})
