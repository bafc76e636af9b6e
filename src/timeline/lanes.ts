/** The timeline's lanes for each grouping (GUIDE §2 `group`), and which lanes an event is drawn in. */
import { compareCodeUnits } from '../data/compare-code-units'
import type { DatasetIndex } from '../data/dataset-index'
import { CATEGORY_NAMES } from '../data/display-names'
import type { TimelineEvent } from '../data/schema'
import { CATEGORIES } from '../data/vocabulary'
import type { Grouping } from '../view/view-state'

export type Lane = { id: string; label: string; order: number }

const NO_ACTOR_LANE_ID = 'no-actor'

/** One lane when the reader asks for none. */
export const SINGLE_LANE_ID = 'all-events'

/** The lane under the others where period names are written. */
export const PERIOD_LANE_ID = 'periods'

const ONLY_LANE = [SINGLE_LANE_ID]
const NO_ACTOR_LANE = [NO_ACTOR_LANE_ID]

/**
 * Which lanes an event is drawn in, as a function made once per dataset and grouping: one lane, or with lanes
 * per actor one per actor. The lists are shared, not made per event: it runs for every shown event.
 */
export function lanesOfEvents(
  index: DatasetIndex,
  grouping: Grouping,
): (event: TimelineEvent) => readonly string[] {
  switch (grouping) {
    case 'none':
      return () => ONLY_LANE
    case 'actor':
      return (event) => (event.actors.length > 0 ? event.actors : NO_ACTOR_LANE)
    case 'type': {
      const lanesByType = new Map(index.dataset.eventTypes.map((type) => [type.id, [type.id]]))
      return (event) => lanesByType.get(event.type) ?? [event.type]
    }
    case 'category': {
      const lanesByType = new Map(
        index.dataset.eventTypes.map((type) => [type.id, [type.category]]),
      )
      return (event) => lanesByType.get(event.type) ?? ['political']
    }
  }
}

/** The lanes the events are drawn in; the scan stops once all `possible` lanes are found, often at once. */
function usedLanes(
  events: readonly TimelineEvent[],
  lanesOf: (event: TimelineEvent) => readonly string[],
  possible: number,
): Set<string> {
  const used = new Set<string>()
  for (const event of events) {
    for (const lane of lanesOf(event)) used.add(lane)
    if (used.size >= possible) break
  }
  return used
}

/** The lanes of the shown events, in drawing order; a filtered view does not spend height on empty lanes. */
export function toLanes(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
): Lane[] {
  switch (grouping) {
    case 'none':
      return [{ id: SINGLE_LANE_ID, label: '', order: 0 }]
    case 'category': {
      const used = usedLanes(events, lanesOfEvents(index, grouping), CATEGORIES.length)
      return CATEGORIES.filter((category) => used.has(category)).map((category, order) => ({
        id: category,
        label: CATEGORY_NAMES[category],
        order,
      }))
    }
    case 'type': {
      const used = usedLanes(
        events,
        lanesOfEvents(index, grouping),
        index.dataset.eventTypes.length,
      )
      return index.dataset.eventTypes
        .filter((type) => used.has(type.id))
        .map((type, order) => ({
          id: type.id,
          label: type.label,
          order: CATEGORIES.indexOf(type.category) * 1000 + order,
        }))
        .sort((a, b) => a.order - b.order)
    }
    case 'actor': {
      const counts = new Map<string, number>()
      const lanesOf = lanesOfEvents(index, grouping)
      for (const event of events) {
        for (const actor of lanesOf(event)) {
          counts.set(actor, (counts.get(actor) ?? 0) + 1)
        }
      }
      return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
        .map(([actorId], order) => ({
          id: actorId,
          label: index.actorsById.get(actorId)?.name ?? 'No actor named',
          order,
        }))
    }
  }
}
