/**
 * The map, loaded on first use with its geometry (about 80 KB compressed), so that the timeline never waits
 * for it. `scope` says which events it shows: those of the timeline's window, or all the filtered ones.
 */
import { lazy, Suspense, useState } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { TimelineEvent } from '../../data/schema'
import { eventsInWindow } from '../../map/event-places'
import type { MapViewport, VisibleRange } from '../../view/view-state'
import type { EventMapProps } from './EventMap'

const EventMap = lazy(() => import('./EventMap'))

type MapPanelProps = {
  index: DatasetIndex
  events: readonly TimelineEvent[]
  /** The timeline's window, for a map beside it; null when the map stands alone. */
  timelineRange: VisibleRange | null
  viewport: MapViewport | null
  selectedEventId: string | null
  onViewportChange: (viewport: MapViewport | null) => void
  onSelectEvent: (eventId: string) => void
  onFilterLocation?: (locationId: string) => void
  onHide?: () => void
}

export function MapPanel({ index, events, timelineRange, onHide, ...mapProps }: MapPanelProps) {
  const [isWindowOnly, setWindowOnly] = useState(true)
  const isBesideTimeline = onHide !== undefined
  const window = isBesideTimeline && isWindowOnly ? timelineRange : null
  const shown = eventsInWindow(events, index.spans, window)
  return (
    <section className="ct-map-panel flex min-h-0 flex-1 flex-col gap-2" aria-label="Map">
      {isBesideTimeline && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div
            role="group"
            aria-label="Events on the map"
            className="ct-segmented inline-flex rounded-md border p-0.5"
          >
            <button
              type="button"
              className="ct-segment h-8 rounded px-2.5 text-sm"
              aria-pressed={isWindowOnly}
              onClick={() => setWindowOnly(true)}
            >
              Timeline's window
            </button>
            <button
              type="button"
              className="ct-segment h-8 rounded px-2.5 text-sm"
              aria-pressed={!isWindowOnly}
              onClick={() => setWindowOnly(false)}
            >
              All filtered
            </button>
          </div>
          <button type="button" className="ct-link text-sm" onClick={onHide}>
            Hide map
          </button>
        </div>
      )}
      <Suspense fallback={<p className="ct-muted p-4 text-sm">Loading the map…</p>}>
        <EventMap
          index={index}
          events={shown}
          occupationDay={lastDayShown(index, shown, window)}
          {...mapProps}
        />
      </Suspense>
    </section>
  )
}

/** The still map of print and the classroom: the same map without controls. */
export function StillMap(props: Omit<EventMapProps, 'isInteractive' | 'occupationDay'>) {
  return (
    <Suspense fallback={null}>
      <EventMap
        {...props}
        isInteractive={false}
        occupationDay={lastDayShown(props.index, props.events, null)}
      />
    </Suspense>
  )
}

/** The hatching follows the last day on show: the window's end, or the last shown event's. */
function lastDayShown(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  window: VisibleRange | null,
): number | null {
  if (window) return window.endDay
  let last: number | null = null
  for (const event of events) {
    const day = index.spans.get(event.id)?.lastDay
    if (day !== undefined && (last === null || day > last)) last = day
  }
  return last
}
