/**
 * What filtering reads besides the index: each event's searchable text and its widened facets. Both are worked
 * out for an event the first time a filter asks, and kept: the first view of a large dataset needs neither, and
 * preparing them for 50,000 events had held its first draw back. `prepareFilterContext` works them out ahead,
 * a slice at a time while the page is idle, so that the first search or filter does not wait for them either.
 */
import type { DatasetIndex } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import { facetsOf } from './filter-criteria'
import type { FilterContext } from './filter-events'
import { searchTextOf } from './search-index'

export function buildFilterContext(index: DatasetIndex): FilterContext {
  return {
    index,
    searchTextOf: keptPerEvent((event) => searchTextOf(index, event)),
    facetsOf: keptPerEvent((event) => facetsOf(index, event)),
  }
}

/** `workOut`, called once per event and its answer kept. */
function keptPerEvent<T>(workOut: (event: TimelineEvent) => T): (event: TimelineEvent) => T {
  const kept = new Map<string, T>()
  return (event) => {
    let value = kept.get(event.id)
    if (value === undefined) {
      value = workOut(event)
      kept.set(event.id, value)
    }
    return value
  }
}

/** Events prepared per idle slice: a few milliseconds of work. */
const EVENTS_PER_SLICE = 500

/** Prepares every event's text and facets, a slice at a time, when the page is idle. */
export function prepareFilterContext(context: FilterContext): void {
  const events = context.index.dataset.events
  let next = 0
  const prepareSlice = () => {
    const end = Math.min(events.length, next + EVENTS_PER_SLICE)
    for (; next < end; next += 1) {
      const event = events[next] as TimelineEvent
      context.searchTextOf(event)
      context.facetsOf(event)
    }
    if (next < events.length) whenIdle(prepareSlice)
  }
  whenIdle(prepareSlice)
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1_000 })
  else setTimeout(callback, 0)
}
