/**
 * The places on the map as a list, most events first: the map's content for readers who do not see it, and a
 * quick way to the location filter for everyone.
 */
import type { MapPlace } from '../../map/event-places'

type PlaceListProps = {
  places: readonly MapPlace[]
  unplacedCount: number
  onFilterLocation: ((locationId: string) => void) | undefined
}

export function PlaceList({ places, unplacedCount, onFilterLocation }: PlaceListProps) {
  const sorted = [...places].sort(
    (a, b) => b.events.length - a.events.length || a.location.name.localeCompare(b.location.name),
  )
  return (
    <details className="ct-map-places text-sm">
      <summary className="cursor-pointer py-1 font-medium">
        Places on the map ({places.length})
        {unplacedCount > 0 && (
          <span className="ct-muted font-normal">
            {' '}
            · {unplacedCount} event{unplacedCount === 1 ? '' : 's'} with no place on the map
          </span>
        )}
      </summary>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {sorted.map((place) => (
          <li key={place.location.id}>
            {onFilterLocation ? (
              <button
                type="button"
                className="ct-link text-left"
                aria-label={`Show only events in ${place.location.name}`}
                onClick={() => onFilterLocation(place.location.id)}
              >
                {place.location.name}
              </button>
            ) : (
              place.location.name
            )}{' '}
            <span className="ct-muted">
              {place.events.length} event{place.events.length === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
