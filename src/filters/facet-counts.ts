/**
 * How many events each option would yield given the other active filters: for the type facet, the events that
 * pass every filter except the type filter, counted by type (and likewise for actors and places). Choosing an
 * option with count N therefore shows N events when that facet has no other option chosen.
 */
import type { FilterCriteria } from './filter-criteria'
import { passesAllFacets, type FilterContext } from './filter-events'

export type FacetCounts = {
  types: ReadonlyMap<string, number>
  actors: ReadonlyMap<string, number>
  locations: ReadonlyMap<string, number>
}

function increment(counts: Map<string, number>, id: string) {
  counts.set(id, (counts.get(id) ?? 0) + 1)
}

export function countFacets(context: FilterContext, criteria: FilterCriteria): FacetCounts {
  const types = new Map<string, number>()
  const actors = new Map<string, number>()
  const locations = new Map<string, number>()
  for (const event of context.index.dataset.events) {
    if (passesAllFacets(context, event, criteria, 'type')) increment(types, event.type)
    if (passesAllFacets(context, event, criteria, 'actor')) {
      for (const actor of context.facetsOf(event).actors) increment(actors, actor)
    }
    if (passesAllFacets(context, event, criteria, 'location')) {
      for (const location of context.facetsOf(event).locations) increment(locations, location)
    }
  }
  return { types, actors, locations }
}
