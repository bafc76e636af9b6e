/** The shown events as the layout sees them: spans in calendar days, importance and position, lane by lane. */
import type { DatasetIndex } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import type { Grouping } from '../view/view-state'
import type { LayoutEvent } from './layout/marks'
import { toLaneEvents } from './layout/timeline-layout'
import type { LaneEvents } from './layout/lane-layout'
import { lanesOfEvents, type Lane } from './lanes'

/** One pass over the shown events (already in time order). */
export function toLayoutLanes(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
  lanes: readonly Lane[],
): LaneEvents[] {
  const byLane = new Map<string, LayoutEvent[]>(lanes.map((lane) => [lane.id, []]))
  const lanesOf = lanesOfEvents(index, grouping)
  for (let position = 0; position < events.length; position += 1) {
    const event = events[position] as TimelineEvent
    const span = index.spans.get(event.id)
    if (!span) continue
    const layoutEvent: LayoutEvent = {
      id: event.id,
      firstDay: span.firstDay,
      lastDay: span.lastDay,
      position,
      importance: event.importance ?? 1,
      // An imprecise date covers its whole month or year, so it is drawn across it, never as a point on the 1st.
      isSpan:
        span.start.precision !== 'day' ||
        span.end.precision !== 'day' ||
        span.lastDay > span.firstDay,
      typeId: event.type,
      titleLength: event.title.length,
    }
    for (const lane of lanesOf(event)) byLane.get(lane)?.push(layoutEvent)
  }
  return toLaneEvents(lanes.map((lane) => ({ lane: lane.id, events: byLane.get(lane.id) ?? [] })))
}
