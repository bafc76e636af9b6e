/**
 * Editorial checks of a dataset beyond the schema: the data tests require the bundled dataset to pass them all,
 * and `npm run data-report` prints what they find. Each returns readable problem lines; none means clean.
 */
import type { DatasetIndex } from './dataset-index'
import type { TimelineEvent } from './schema'

type Bounds = { south: number; north: number; west: number; east: number }

/** Rough boxes around each country the dataset uses (islands and exclaves included). */
export const COUNTRY_BOUNDS: Record<string, Bounds> = {
  AE: { south: 22.6, north: 26.1, west: 51.5, east: 56.4 },
  AT: { south: 46.4, north: 49.1, west: 9.5, east: 17.2 },
  BE: { south: 49.5, north: 51.6, west: 2.5, east: 6.4 },
  BG: { south: 41.2, north: 44.3, west: 22.3, east: 28.7 },
  BY: { south: 51.2, north: 56.2, west: 23.1, east: 32.8 },
  CH: { south: 45.8, north: 47.9, west: 5.9, east: 10.5 },
  CN: { south: 18.1, north: 53.6, west: 73.5, east: 134.8 },
  DE: { south: 47.2, north: 55.1, west: 5.8, east: 15.1 },
  FR: { south: 41.3, north: 51.1, west: -5.2, east: 9.6 },
  GB: { south: 49.9, north: 60.9, west: -8.7, east: 1.8 },
  HU: { south: 45.7, north: 48.6, west: 16.1, east: 22.9 },
  ID: { south: -11.0, north: 6.1, west: 95.0, east: 141.1 },
  IT: { south: 35.4, north: 47.1, west: 6.6, east: 18.6 },
  KP: { south: 37.6, north: 43.1, west: 124.2, east: 130.7 },
  LT: { south: 53.9, north: 56.5, west: 20.9, east: 26.9 },
  LU: { south: 49.4, north: 50.2, west: 5.7, east: 6.6 },
  NL: { south: 50.7, north: 53.6, west: 3.3, east: 7.3 },
  PL: { south: 49.0, north: 54.9, west: 14.1, east: 24.2 },
  RU: { south: 41.1, north: 82.0, west: 19.6, east: 180.0 },
  SA: { south: 16.3, north: 32.2, west: 34.5, east: 55.7 },
  TR: { south: 35.8, north: 42.2, west: 25.6, east: 44.9 },
  UA: { south: 44.3, north: 52.4, west: 22.1, east: 40.3 },
  US: { south: 18.9, north: 71.5, west: -179.2, east: -66.9 },
  VA: { south: 41.9, north: 41.91, west: 12.44, east: 12.46 },
}

/** The Black Sea and the Sea of Azov, for seas that belong to no country. */
const SEA_BOUNDS: Bounds = { south: 40.9, north: 47.3, west: 27.4, east: 41.8 }

/** A place lies within this many degrees of the point of the region it says it is in. */
const MAX_DEGREES_FROM_REGION = 3

export function findCoordinateProblems(index: DatasetIndex): string[] {
  const problems: string[] = []
  for (const location of index.dataset.locations) {
    if (location.lat === undefined || location.lon === undefined) {
      problems.push(`location ${location.id}: no coordinates`)
      continue
    }
    if (location.kind !== 'sea' && !location.country) {
      problems.push(`location ${location.id}: no country (only seas may leave it out)`)
      continue
    }
    const bounds = location.country ? COUNTRY_BOUNDS[location.country] : SEA_BOUNDS
    if (!bounds) {
      problems.push(
        `location ${location.id}: no bounding box for country ${location.country}; add one`,
      )
    } else if (!isInside({ lat: location.lat, lon: location.lon }, bounds)) {
      problems.push(
        `location ${location.id}: ${location.lat}, ${location.lon} is outside ${location.country ?? 'the Black Sea area'}`,
      )
    }
    const region = location.region ? index.locationsById.get(location.region) : undefined
    if (
      region?.lat !== undefined &&
      region.lon !== undefined &&
      Math.hypot(region.lat - location.lat, region.lon - location.lon) > MAX_DEGREES_FROM_REGION
    ) {
      problems.push(`location ${location.id}: too far from its region ${region.id}`)
    }
  }
  return problems
}

function isInside(location: { lat: number; lon: number }, bounds: Bounds): boolean {
  return (
    location.lat >= bounds.south &&
    location.lat <= bounds.north &&
    location.lon >= bounds.west &&
    location.lon <= bounds.east
  )
}

/** Actors and locations no event, quote, affiliation or region refers to. */
export function findUnusedRecords(index: DatasetIndex): string[] {
  const { dataset } = index
  const usedActors = new Set<string>()
  const usedLocations = new Set<string>()
  for (const event of dataset.events) {
    event.actors.forEach((id) => usedActors.add(id))
    event.quotes?.forEach((quote) => usedActors.add(quote.by))
    event.locations.forEach((id) => usedLocations.add(id))
  }
  dataset.actors.forEach((actor) => actor.affiliation && usedActors.add(actor.affiliation))
  dataset.locations.forEach((location) => location.region && usedLocations.add(location.region))
  return [
    ...dataset.actors
      .filter((actor) => !usedActors.has(actor.id))
      .map((actor) => `actor ${actor.id} is never used`),
    ...dataset.locations
      .filter((location) => !usedLocations.has(location.id))
      .map((location) => `location ${location.id} is never used`),
  ]
}

/** Ids start with their date ("2022-09-30-…"), so that they sort and read in time order. */
export function findIdsNotMatchingDates(index: DatasetIndex): string[] {
  return index.dataset.events
    .filter((event) => !event.id.startsWith(`${event.date}-`))
    .map((event) => `event ${event.id}: its id does not start with its date ${event.date}`)
}

function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 2),
  )
}

/** Two events on the same date whose titles share most of their words are probably one event. */
export function findDuplicateEvents(index: DatasetIndex, threshold = 0.6): string[] {
  const problems: string[] = []
  const byDate = new Map<string, TimelineEvent[]>()
  for (const event of index.dataset.events) {
    byDate.set(event.date, [...(byDate.get(event.date) ?? []), event])
  }
  for (const events of byDate.values()) {
    events.forEach((event, position) => {
      for (const other of events.slice(position + 1)) {
        const words = titleWords(event.title)
        const otherWords = titleWords(other.title)
        const shared = [...words].filter((word) => otherWords.has(word)).length
        const similarity = shared / Math.max(1, new Set([...words, ...otherWords]).size)
        if (similarity >= threshold) {
          problems.push(`events ${event.id} and ${other.id} look like the same event`)
        }
      }
    })
  }
  return problems
}

/** An event tagged with a period's id must lie within that period. */
export function findEventsOutsideTheirPeriods(index: DatasetIndex): string[] {
  const problems: string[] = []
  for (const event of index.dataset.events) {
    const span = index.spans.get(event.id)
    for (const tag of event.tags ?? []) {
      const period = index.periodSpans.get(tag)
      if (span && period && (span.firstDay < period.firstDay || span.lastDay > period.lastDay)) {
        problems.push(`event ${event.id} is tagged ${tag} but lies outside that period`)
      }
    }
  }
  return problems
}

/** "Reuters (via Nasdaq)" and "reuters" are one publisher: a reprint is not a second source. */
function publisherKey(publisher: string): string {
  return publisher
    .replace(/\s*\(via [^)]*\)\s*$/i, '')
    .trim()
    .toLowerCase()
}

/**
 * Events from `since` on need two sources from different publishers (the standard the dataset adopted for
 * 2026); earlier events were written to the one-source standard and are not held to it.
 */
export function findEventsWithoutTwoPublishers(index: DatasetIndex, since = '2026'): string[] {
  return index.dataset.events.flatMap((event) => {
    if (event.date < since) return []
    const publishers = new Set(event.sources.map((source) => publisherKey(source.publisher)))
    return publishers.size >= 2
      ? []
      : [`${event.id}: sources from ${publishers.size} publisher(s), expected at least 2`]
  })
}
