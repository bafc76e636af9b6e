/** The events a view shows: the timeline with its legend, or the list, or what to do when nothing matches. */
import type { DatasetIndex } from '../../data/dataset-index'
import type { TimelineEvent } from '../../data/schema'
import type { ActiveFilter } from '../../filters/active-filters'
import type { MapViewport, ViewState, VisibleRange } from '../../view/view-state'
import { EmptyResults } from '../filters'
import { MapPanel } from '../map'
import { LoadedTimeline } from '../../timeline/LoadedTimeline'
import { rangeForSpan } from '../../timeline/zoom'
import { EventList } from './EventList'
import { Legend } from './Legend'

type ShownEventsProps = {
  index: DatasetIndex
  events: readonly TimelineEvent[]
  view: Pick<ViewState, 'view' | 'grouping' | 'range' | 'map'>
  selectedEventId: string | null
  onSelectEvent: (eventId: string | null) => void
  onRangeChange: (range: VisibleRange | null) => void
  onMapChange: (viewport: MapViewport | null) => void
  /** A place chosen on the map becomes the location filter; absent where the reader may not filter. */
  onFilterLocation?: (locationId: string) => void
  /** When nothing matches: which filters to offer removing, and how. */
  emptyResults: {
    suggestions: readonly { filter: ActiveFilter; count: number }[]
    view: { query: string; from: string | null; to: string | null }
    onRemove: (filter: ActiveFilter) => void
    onClearAll: () => void
  }
  isLegendOpen?: boolean
}

export function ShownEvents({
  index,
  events,
  view,
  selectedEventId,
  onSelectEvent,
  onRangeChange,
  onMapChange,
  onFilterLocation,
  emptyResults,
  isLegendOpen = true,
}: ShownEventsProps) {
  if (events.length === 0) return <EmptyResults index={index} {...emptyResults} />
  if (view.view === 'map') {
    return (
      <MapPanel
        index={index}
        events={events}
        timelineRange={null}
        viewport={view.map}
        selectedEventId={selectedEventId}
        onViewportChange={onMapChange}
        onSelectEvent={onSelectEvent}
        onFilterLocation={onFilterLocation}
      />
    )
  }
  if (view.view === 'list') {
    return (
      <EventList
        index={index}
        events={events}
        selectedEventId={selectedEventId}
        onSelectEvent={onSelectEvent}
      />
    )
  }
  return (
    <>
      <LoadedTimeline
        index={index}
        events={events}
        grouping={view.grouping}
        selectedEventId={selectedEventId}
        range={view.range}
        onSelectEvent={onSelectEvent}
        onRangeChange={onRangeChange}
      />
      <Legend
        index={index}
        isInitiallyOpen={isLegendOpen}
        onShowPeriod={(periodId) => {
          const span = index.periodSpans.get(periodId)
          const range = span ? rangeForSpan(span) : null
          if (range) onRangeChange(range)
        }}
      />
    </>
  )
}
