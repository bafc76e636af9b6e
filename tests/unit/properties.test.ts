/**
 * Properties over random input (fast-check): the validator never throws and what it accepts can be indexed,
 * filtered and written out; URLs survive parse and serialise; filters never return an event that does not match.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { formatEventDate } from '../../src/data/format-event-date'
import { firstDayOf, lastDayOf, parsePartialDate } from '../../src/data/partial-date'
import type { Dataset } from '../../src/data/schema'
import { validateDataset } from '../../src/data/validate-dataset'
import { datasetToCsv } from '../../src/export/csv-export'
import { datasetToIcs } from '../../src/export/ics-export'
import { buildFilterContext } from '../../src/filters/filter-context'
import { resolveCriteria } from '../../src/filters/filter-criteria'
import { filterEvents } from '../../src/filters/filter-events'
import { foldText, searchWords } from '../../src/filters/fold-text'
import { listLessons } from '../../src/filters/lessons'
import { readAnyFormat } from '../../src/import/read-any-format'
import { roundMapViewport } from '../../src/url/map-param'
import { parseViewState } from '../../src/url/parse-view-state'
import { serializeViewState } from '../../src/url/serialize-view-state'
import {
  DEFAULT_VIEW_STATE,
  EMBED_CONTROLS,
  GROUPINGS,
  MODES,
  THEMES,
  VIEWS,
  type ViewState,
} from '../../src/view/view-state'

const bundled = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8'))).dataset!
const small = JSON.parse(readFileSync('tests/fixtures/small-dataset.json', 'utf8')) as Dataset

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/)
const partialDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .chain((date) => {
    const iso = date.toISOString().slice(0, 10)
    return fc.constantFrom(iso, iso.slice(0, 7), iso.slice(0, 4))
  })
/** Any JSON value, or a real dataset with some fields replaced by anything. */
const datasetLike = fc.oneof(
  fc.jsonValue(),
  fc
    .record({
      list: fc.constantFrom('actors', 'locations', 'eventTypes', 'periods', 'events'),
      index: fc.nat({ max: 4 }),
      field: fc.string({ maxLength: 12 }),
      value: fc.jsonValue(),
    })
    .map(({ list, index, field, value }) => {
      const copy = structuredClone(small) as unknown as Record<string, Record<string, unknown>[]>
      const records = copy[list] ?? []
      const record = records[index % Math.max(1, records.length)]
      if (record) record[field === '' ? 'id' : field] = value
      return copy
    }),
)

describe('the validator', () => {
  it('never throws, and all it accepts can be indexed, filtered, listed and exported', () => {
    fc.assert(
      fc.property(datasetLike, (input) => {
        const report = validateDataset(input)
        if (!report.dataset) return
        const index = indexDataset(report.dataset)
        const context = buildFilterContext(index)
        const events = filterEvents(context, resolveCriteria(index, DEFAULT_VIEW_STATE).criteria)
        expect(events).toHaveLength(report.dataset.events.length)
        for (const event of events) expect(formatEventDate(index, event)).not.toBe('')
        listLessons(index)
        datasetToCsv(report.dataset)
        datasetToIcs(report.dataset, new Date(0))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on any text opened as a file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('date,title\n2025,x\n')), (text) => {
        try {
          validateDataset(readAnyFormat(text, 'random').document)
        } catch (error) {
          // The one failure allowed: a file in no format, said in words.
          expect((error as Error).name).toBe('ImportError')
        }
      }),
      { numRuns: 300 },
    )
  })
})

const viewState: fc.Arbitrary<ViewState> = fc.record({
  types: fc.uniqueArray(id, { maxLength: 3 }),
  actors: fc.uniqueArray(id, { maxLength: 3 }),
  locations: fc.uniqueArray(id, { maxLength: 3 }),
  tags: fc.uniqueArray(id, { maxLength: 2 }),
  query: fc.string({ maxLength: 20 }).map((text) => text.trim().replace(/\s+/g, ' ')),
  from: fc.option(partialDate, { nil: null }),
  to: fc.constant(null),
  range: fc.option(
    fc
      .tuple(fc.integer({ min: -20_000, max: 40_000 }), fc.nat({ max: 20_000 }))
      .map(([startDay, days]) => ({
        startDay,
        endDay: startDay + days,
      })),
    { nil: null },
  ),
  map: fc.option(
    fc
      .record({
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        zoom: fc.double({ min: 1, max: 10, noNaN: true }),
      })
      .map(roundMapViewport),
    { nil: null },
  ),
  selectedEventId: fc.option(id, { nil: null }),
  grouping: fc.constantFrom(...GROUPINGS),
  view: fc.constantFrom(...VIEWS),
  mode: fc.constantFrom(...MODES),
  theme: fc.constantFrom(...THEMES),
  controls: fc.constantFrom(...EMBED_CONTROLS),
  dataUrl: fc.option(
    fc.constantFrom('/samples/mine.json', 'https://example.org/a b.csv', 'local:my file.json'),
    {
      nil: null,
    },
  ),
})

describe('the URL', () => {
  it('gives back the same view after serialise and parse', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        const parsed = parseViewState(serializeViewState(view, []))
        expect(parsed.notices).toEqual([])
        expect(parsed.view).toEqual(view)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on any query, and writes what it read canonically', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters()), (query) => {
        const once = parseViewState(query)
        const written = serializeViewState(once.view, once.unknownParams)
        const again = parseViewState(written)
        expect(serializeViewState(again.view, again.unknownParams)).toBe(written)
      }),
      { numRuns: 500 },
    )
  })
})

describe('the filters', () => {
  const index = indexDataset(bundled)
  const context = buildFilterContext(index)
  const pick = <T>(values: readonly T[]) =>
    fc.uniqueArray(fc.constantFrom(...values), { maxLength: 2 })
  const words = [...new Set(bundled.events.flatMap((event) => searchWords(event.title)))].slice(
    0,
    300,
  )
  const filterView = fc.record({
    types: pick(bundled.eventTypes.map((type) => type.id)),
    actors: pick(bundled.actors.map((actor) => actor.id)),
    locations: pick(bundled.locations.map((location) => location.id)),
    tags: pick([...index.eventsByTag.keys()]),
    query: pick(words).map((picked) => picked.join(' ')),
    from: fc.option(fc.constantFrom('2014', '2022-02', '2023-06-04', '2025'), { nil: null }),
    to: fc.option(fc.constantFrom('2016', '2022-03', '2024-12-31', '2026'), { nil: null }),
  })

  /** The actor, its organisation, that one's…: choosing a country finds its people. */
  const withAffiliations = (actorId: string): string[] => {
    const chain: string[] = []
    let current: string | undefined = actorId
    while (current && !chain.includes(current)) {
      chain.push(current)
      current = index.actorsById.get(current)?.affiliation
    }
    return chain
  }

  it('never return an event that does not match every filter', () => {
    fc.assert(
      fc.property(filterView, (view) => {
        const shown = filterEvents(context, resolveCriteria(index, view).criteria)
        for (const event of shown) {
          if (view.types.length) expect(view.types).toContain(event.type)
          if (view.tags.length)
            expect(event.tags?.some((tag) => view.tags.includes(tag))).toBe(true)
          if (view.actors.length)
            expect(
              event.actors.flatMap(withAffiliations).some((actor) => view.actors.includes(actor)),
            ).toBe(true)
          if (view.locations.length) {
            const places = event.locations.flatMap((place) => [
              place,
              index.locationsById.get(place)?.region,
            ])
            expect(places.some((place) => place && view.locations.includes(place))).toBe(true)
          }
          const text = foldText(
            [
              event.title,
              event.summary,
              ...event.actors.map((a) => index.actorsById.get(a)?.name),
              ...event.locations.map((l) => index.locationsById.get(l)?.name),
            ].join(' '),
          )
          for (const word of searchWords(view.query)) expect(text).toContain(word)
          const start = parsePartialDate(event.date)!
          const end = parsePartialDate(event.endDate ?? event.date)!
          if (view.from)
            expect(lastDayOf(end)).toBeGreaterThanOrEqual(firstDayOf(parsePartialDate(view.from)!))
          if (view.to)
            expect(firstDayOf(start)).toBeLessThanOrEqual(lastDayOf(parsePartialDate(view.to)!))
        }
      }),
      { numRuns: 400 },
    )
  })
})
