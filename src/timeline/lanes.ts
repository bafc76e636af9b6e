/** The timeline's lanes for each grouping (GUIDE §2 `group`), and which lanes an event is drawn in. */
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

export function lanesOf(event: TimelineEvent, index: DatasetIndex, grouping: Grouping): string[] {
  switch (grouping) {
    case 'none':
      return [SINGLE_LANE_ID]
    case 'type':
      return [event.type]
    case 'actor':
      return event.actors.length > 0 ? event.actors : [NO_ACTOR_LANE_ID]
    case 'category':
      return [index.typesById.get(event.type)?.category ?? 'political']
  }
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
      const used = new Set(events.flatMap((event) => lanesOf(event, index, grouping)))
      return CATEGORIES.filter((category) => used.has(category)).map((category, order) => ({
        id: category,
        label: CATEGORY_NAMES[category],
        order,
      }))
    }
    case 'type': {
      const used = new Set(events.map((event) => event.type))
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
      for (const event of events) {
        for (const actor of lanesOf(event, index, grouping)) {
          counts.set(actor, (counts.get(actor) ?? 0) + 1)
        }
      }
      return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([actorId], order) => ({
          id: actorId,
          label: index.actorsById.get(actorId)?.name ?? 'No actor named',
          order,
        }))
    }
  }
}
