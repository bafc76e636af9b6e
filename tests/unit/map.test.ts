/** Where the map draws events: places, clusters, names, occupied regions. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { firstDayOf, parsePartialDate } from '../../src/data/partial-date'
import type { Dataset, TimelineEvent } from '../../src/data/schema'
import { validateDataset } from '../../src/data/validate-dataset'
import { clusterPoints, placeLabels } from '../../src/map/cluster-marks'
import { eventsInWindow, mainPlaces, mapPlacesOf, placeEvents } from '../../src/map/event-places'
import { mapMarks, MIN_HIT_RADIUS_PX } from '../../src/map/map-marks'
import { occupationOn, regionKey } from '../../src/map/occupied-regions'

const day = (text: string) => firstDayOf(parsePartialDate(text)!)
const size = { width: 800, height: 600 }

const dataset: Dataset = {
  schemaVersion: 1,
  title: 'Map fixture',
  actors: [{ id: 'ukraine', name: 'Ukraine', kind: 'state' }],
  locations: [
    { id: 'ukraine', name: 'Ukraine', kind: 'country', country: 'UA', lat: 49, lon: 31.4 },
    { id: 'kyiv', name: 'Kyiv', kind: 'city', country: 'UA', lat: 50.45, lon: 30.52 },
    { id: 'irpin', name: 'Irpin', kind: 'city', country: 'UA', lat: 50.52, lon: 30.25 },
    {
      id: 'donetsk-oblast',
      name: 'Donetsk Oblast',
      kind: 'region',
      country: 'UA',
      lat: 48,
      lon: 37.8,
    },
    { id: 'anchorage', name: 'Anchorage', kind: 'city', country: 'US', lat: 61.22, lon: -149.9 },
    { id: 'somewhere', name: 'Somewhere', kind: 'other' },
  ],
  eventTypes: [
    { id: 'strike', label: 'Strike', category: 'military', color: '#9f1239' },
    { id: 'summit', label: 'Summit', category: 'diplomatic', color: '#4338ca' },
  ],
  periods: [
    {
      id: 'donbas',
      label: 'War in Donbas',
      start: '2014-04',
      end: '2022-02-23',
      occupiedRegions: ['donetsk-oblast'],
    },
    { id: 'quiet', label: 'No occupation listed', start: '2014', end: '2030' },
  ],
  events: [
    event('2022-03-01-kyiv', '2022-03-01', ['kyiv', 'ukraine'], 'strike', 3),
    event('2022-03-02-irpin', '2022-03-02', ['irpin'], 'strike', 1),
    event('2022-03-03-kyiv', '2022-03-03', ['kyiv'], 'summit', 2),
    event('2022-05-01-donetsk', '2022-05-01', ['donetsk-oblast', 'ukraine'], 'strike', 2),
    event('2025-08-15-anchorage', '2025-08-15', ['anchorage'], 'summit', 3),
    event('2025-09-01-nowhere', '2025-09-01', ['somewhere'], 'summit', 1),
  ],
}

function event(
  id: string,
  date: string,
  locations: string[],
  type: string,
  importance: number,
): TimelineEvent {
  return {
    id,
    date,
    title: id,
    summary: 'A fixture event.',
    type,
    actors: ['ukraine'],
    locations,
    sources: [{ publisher: 'Fixture' }],
    importance,
  }
}

const index = indexDataset(dataset)

describe('places on the map', () => {
  it('draws an event at its most specific places and counts those with none', () => {
    expect(mapPlacesOf(dataset.events[0]!, index.locationsById).map((place) => place.id)).toEqual([
      'kyiv',
    ])
    const { places, unplaced } = placeEvents(dataset.events, index.locationsById)
    expect(places.map((place) => [place.location.id, place.events.length, place.weight])).toEqual([
      ['kyiv', 2, 5],
      ['irpin', 1, 1],
      ['donetsk-oblast', 1, 2],
      ['anchorage', 1, 3],
    ])
    expect(unplaced.map((unplacedEvent) => unplacedEvent.id)).toEqual(['2025-09-01-nowhere'])
  })

  it("keeps the timeline's window, or everything when it fits all", () => {
    const window = { startDay: day('2022-03-02'), endDay: day('2022-04-30') }
    expect(eventsInWindow(dataset.events, index.spans, window).map((shown) => shown.id)).toEqual([
      '2022-03-02-irpin',
      '2022-03-03-kyiv',
    ])
    expect(eventsInWindow(dataset.events, index.spans, null)).toHaveLength(6)
  })

  it('frames the main places and leaves a far outlier a zoom-out away', () => {
    const { places } = placeEvents(dataset.events, index.locationsById)
    expect(mainPlaces(places, 0.7).map((place) => place.location.id)).not.toContain('anchorage')
    expect(mainPlaces(places, 1).map((place) => place.location.id)).toContain('anchorage')
  })
})

describe('clusters and names', () => {
  it('merges places that crowd, at the heaviest one, and keeps apart those that do not', () => {
    const clusters = clusterPoints(
      [
        { item: 'light', position: { x: 110, y: 100 }, weight: 1 },
        { item: 'heavy', position: { x: 100, y: 100 }, weight: 5 },
        { item: 'far', position: { x: 300, y: 100 }, weight: 1 },
      ],
      30,
    )
    expect(
      clusters.map((cluster) => [cluster.members, cluster.position.x, cluster.weight]),
    ).toEqual([
      [['heavy', 'light'], 100, 6],
      [['far'], 300, 1],
    ])
  })

  it('splits the Kyiv cluster as the reader zooms in, and every mark is a 24 px target', () => {
    const { places } = placeEvents(dataset.events, index.locationsById)
    const far = mapMarks(places, { lat: 50.5, lon: 30.4, zoom: 5 }, size, index.typesById)
    const near = mapMarks(places, { lat: 50.5, lon: 30.4, zoom: 10 }, size, index.typesById)
    const kyivFar = far.marks.find((mark) => mark.key === 'kyiv')!
    expect(kyivFar.places.map((place) => place.location.id)).toEqual(['kyiv', 'irpin'])
    expect(kyivFar.events.map((shown) => shown.id)).toEqual([
      '2022-03-01-kyiv',
      '2022-03-02-irpin',
      '2022-03-03-kyiv',
    ])
    expect(kyivFar.typeMix.map((part) => [part.typeId, part.share])).toEqual([
      ['strike', 2 / 3],
      ['summit', 1 / 3],
    ])
    expect(near.marks.filter((mark) => ['kyiv', 'irpin'].includes(mark.key))).toHaveLength(2)
    for (const mark of [...far.marks, ...near.marks]) {
      expect(Math.max(mark.radius, MIN_HIT_RADIUS_PX)).toBeGreaterThanOrEqual(12)
    }
  })

  it('gives names only where they overlap no other name, mark or button', () => {
    const candidates = [
      { id: 'a', anchor: { x: 100, y: 100 }, radius: 10, widthPx: 80 },
      { id: 'b', anchor: { x: 120, y: 104 }, radius: 10, widthPx: 80 },
      { id: 'c', anchor: { x: 100, y: 300 }, radius: 10, widthPx: 80 },
    ]
    const labels = placeLabels(candidates, size, [{ left: 0, top: 280, right: 800, bottom: 320 }])
    expect(labels).toEqual([
      { id: 'a', side: 'left', x: 86, y: 100 },
      { id: 'b', side: 'right', x: 134, y: 104 },
    ])
  })
})

describe('occupied regions', () => {
  it('hatches the regions the periods name, on the day the map shows', () => {
    expect([...occupationOn(index, day('2018-06-01')).regionKeys]).toEqual(['donetsk'])
    expect(occupationOn(index, day('2018-06-01')).periods.map((period) => period.id)).toEqual([
      'donbas',
    ])
    expect(occupationOn(index, day('2023-01-01')).regionKeys.size).toBe(0)
  })

  it('matches a dataset\'s "Donetsk Oblast" to the geometry\'s "Donetsk"', () => {
    expect(regionKey('Donetsk Oblast')).toBe(regionKey('Donetsk'))
    expect(regionKey('Zaporizhzhia region')).toBe('zaporizhzhia')
  })

  it('the bundled geometry has every oblast the bundled periods name', () => {
    const geometry = JSON.parse(readFileSync('src/map/map-geometry.json', 'utf8')) as {
      objects: { oblasts: { geometries: { properties: { name: string } }[] } }
    }
    const oblastKeys = new Set(
      geometry.objects.oblasts.geometries.map((oblast) => regionKey(oblast.properties.name)),
    )
    const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset
    const names = new Map(bundled.locations.map((location) => [location.id, location.name]))
    const named = (bundled.periods ?? []).flatMap((period) => period.occupiedRegions ?? [])
    expect(named.length).toBeGreaterThan(0)
    for (const id of named) expect(oblastKeys).toContain(regionKey(names.get(id)!))
  })

  it('sets aside a period that names an unknown region, and says which', () => {
    const report = validateDataset({
      ...dataset,
      periods: [
        { id: 'bad', label: 'Bad', start: '2014', end: '2015', occupiedRegions: ['atlantis'] },
      ],
    })
    expect(report.dataset?.periods).toEqual([])
    expect(report.issues.map((issue) => issue.path)).toContain('periods[0].occupiedRegions[0]')
  })
})
