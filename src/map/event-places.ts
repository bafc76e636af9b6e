/**
 * Where the map draws an event: at its most specific places that have coordinates. An event in Kyiv and in
 * Ukraine is drawn in Kyiv, not also in the middle of the country; one in two cities is drawn in both.
 */
import type { EventSpan } from '../data/dataset-index'
import type { Location, TimelineEvent } from '../data/schema'
import type { VisibleRange } from '../view/view-state'

export type LocatedPlace = Location & { lat: number; lon: number }

export type MapPlace = {
  location: LocatedPlace
  /** In the order they were given (chronological when the events are). */
  events: TimelineEvent[]
  /** The sum of the events' importance: what sizes the mark and ranks its label. */
  weight: number
}

export type PlacedEvents = {
  places: MapPlace[]
  /** The events with no place that has coordinates: counted under the map, never silently dropped. */
  unplaced: TimelineEvent[]
}

/** Lower is more specific. */
const SPECIFICITY: Record<Location['kind'], number> = {
  city: 0,
  site: 0,
  region: 1,
  sea: 2,
  country: 3,
  other: 3,
}

export function isLocated(location: Location | undefined): location is LocatedPlace {
  return location?.lat !== undefined && location.lon !== undefined
}

export function mapPlacesOf(
  event: TimelineEvent,
  locationsById: ReadonlyMap<string, Location>,
): LocatedPlace[] {
  const located = event.locations.map((id) => locationsById.get(id)).filter(isLocated)
  if (located.length === 0) return []
  const mostSpecific = Math.min(...located.map((location) => SPECIFICITY[location.kind]))
  return located.filter((location) => SPECIFICITY[location.kind] === mostSpecific)
}

export function placeEvents(
  events: readonly TimelineEvent[],
  locationsById: ReadonlyMap<string, Location>,
): PlacedEvents {
  const byId = new Map<string, MapPlace>()
  const unplaced: TimelineEvent[] = []
  for (const event of events) {
    const places = mapPlacesOf(event, locationsById)
    if (places.length === 0) unplaced.push(event)
    for (const location of places) {
      const place = byId.get(location.id) ?? { location, events: [], weight: 0 }
      place.events.push(event)
      place.weight += event.importance ?? 1
      byId.set(location.id, place)
    }
  }
  return { places: [...byId.values()], unplaced }
}

/**
 * The places a fitted map frames: nearest first to the weighted median of all places, until they hold `share`
 * of the events' weight. A chronology of a war in Ukraine with a summit in Alaska opens on Ukraine, not on the
 * northern hemisphere; the outliers are a zoom-out away.
 */
export function mainPlaces(places: readonly MapPlace[], share = 0.85): MapPlace[] {
  if (places.length <= 2) return [...places]
  const total = places.reduce((sum, place) => sum + place.weight, 0)
  const median = (coordinate: 'lat' | 'lon') => {
    const sorted = [...places].sort((a, b) => a.location[coordinate] - b.location[coordinate])
    let seen = 0
    for (const place of sorted) {
      seen += place.weight
      if (seen >= total / 2) return place.location[coordinate]
    }
    return sorted.at(-1)?.location[coordinate] ?? 0
  }
  const centre = { lat: median('lat'), lon: median('lon') }
  const byDistance = [...places].sort(
    (a, b) => distanceSquared(a.location, centre) - distanceSquared(b.location, centre),
  )
  const kept: MapPlace[] = []
  let weight = 0
  for (const place of byDistance) {
    if (weight >= total * share) break
    kept.push(place)
    weight += place.weight
  }
  return kept
}

function distanceSquared(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const dLon = (a.lon - b.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180)
  return dLon * dLon + (a.lat - b.lat) ** 2
}

/** The events that overlap the timeline's visible window; all of them when the timeline fits everything. */
export function eventsInWindow(
  events: readonly TimelineEvent[],
  spans: ReadonlyMap<string, EventSpan>,
  range: VisibleRange | null,
): readonly TimelineEvent[] {
  if (!range) return events
  return events.filter((event) => {
    const span = spans.get(event.id)
    return span !== undefined && span.lastDay >= range.startDay && span.firstDay <= range.endDay
  })
}
