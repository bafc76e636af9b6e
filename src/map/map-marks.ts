/**
 * What the map draws for a viewport: the shown places clustered where they crowd, each mark sized by the
 * importance of its events and coloured by their types, and the names there is room for.
 */
import { compareCodeUnits } from '../data/compare-code-units'
import type { EventType, TimelineEvent } from '../data/schema'
import { clusterPoints, placeLabels, type Box, type PlacedLabel } from './cluster-marks'
import type { MapPlace } from './event-places'
import { projectToWorld, worldToScreen, type Point, type ScreenSize } from './web-mercator'
import type { MapViewport } from '../view/view-state'

/** Places nearer than this on screen share a mark. */
export const MERGE_RADIUS_PX = 40
/** Half the WCAG 2.2 target size: no mark is smaller to hit than 24 × 24 px. */
export const MIN_HIT_RADIUS_PX = 12
/** Wide enough for most characters of a bold 13 px name: an estimate that errs wide leaves gaps, not overlaps. */
const LABEL_CHARACTER_PX = 8

export type MapMark = {
  /** Stable while the same places share a mark: the heaviest place's id. */
  key: string
  position: Point
  radius: number
  places: MapPlace[]
  /** Each event once, in time order, even when it lies in several of the mark's places. */
  events: TimelineEvent[]
  /** Shares of the events' types, largest first, for the mark's ring. */
  typeMix: { typeId: string; color: string; share: number }[]
  name: string
}

export type MapMarks = { marks: MapMark[]; labels: PlacedLabel[] }

export function mapMarks(
  places: readonly MapPlace[],
  viewport: MapViewport,
  size: ScreenSize,
  typesById: ReadonlyMap<string, EventType>,
  /** Where no name may go: the map's buttons. */
  obstacles: readonly Box[] = [],
): MapMarks {
  const margin = MERGE_RADIUS_PX
  const onScreen = places
    .map((place) => ({
      item: place,
      position: worldToScreen(
        projectToWorld(place.location.lon, place.location.lat),
        viewport,
        size,
      ),
      weight: place.weight,
    }))
    .filter(
      ({ position }) =>
        position.x >= -margin &&
        position.y >= -margin &&
        position.x <= size.width + margin &&
        position.y <= size.height + margin,
    )
  const marks = clusterPoints(onScreen, MERGE_RADIUS_PX).map((cluster): MapMark => {
    const events = uniqueEvents(cluster.members)
    const [heaviest] = cluster.members as [MapPlace]
    const others = cluster.members.length - 1
    return {
      key: heaviest.location.id,
      position: cluster.position,
      radius: markRadius(events),
      places: cluster.members,
      events,
      typeMix: typeMix(events, typesById),
      name: others > 0 ? `${heaviest.location.name} +${others}` : heaviest.location.name,
    }
  })
  const labels = placeLabels(
    marks.map((mark) => ({
      id: mark.key,
      anchor: mark.position,
      radius: mark.radius,
      widthPx: Math.ceil(mark.name.length * LABEL_CHARACTER_PX) + 8,
    })),
    size,
    obstacles,
  )
  return { marks, labels }
}

/**
 * One event: 8–12 px by importance; several: growing with the square root of their count up to half the merge
 * radius, so that two marks never overlap.
 */
export function markRadius(events: readonly TimelineEvent[]): number {
  if (events.length === 1) return 6 + 2 * (events[0]?.importance ?? 1)
  return Math.min(MERGE_RADIUS_PX / 2, 11 + 1.6 * Math.sqrt(events.length))
}

function uniqueEvents(places: readonly MapPlace[]): TimelineEvent[] {
  if (places.length === 1) return places[0]?.events ?? []
  const seen = new Map<string, TimelineEvent>()
  for (const place of places) for (const event of place.events) seen.set(event.id, event)
  return [...seen.values()].sort((a, b) => compareCodeUnits(a.date, b.date))
}

function typeMix(
  events: readonly TimelineEvent[],
  typesById: ReadonlyMap<string, EventType>,
): MapMark['typeMix'] {
  const counts = new Map<string, number>()
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([typeId, count]) => ({
      typeId,
      color: typesById.get(typeId)?.color ?? '#64748b',
      share: count / events.length,
    }))
}
