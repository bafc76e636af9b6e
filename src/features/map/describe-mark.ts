import type { MapMark } from '../../map/map-marks'

/** "Kyiv: 1 event", "Kyiv and 2 other places: 14 events": a mark's accessible name and its popover's title. */
export function describeMark(mark: MapMark): string {
  const [first] = mark.places
  const others = mark.places.length - 1
  const where =
    others > 0
      ? `${first?.location.name} and ${others} other place${others === 1 ? '' : 's'}`
      : (first?.location.name ?? '')
  const count = mark.events.length
  if (count === 1) return `${where}: ${mark.events[0]?.title}`
  return `${where}: ${count} events`
}
