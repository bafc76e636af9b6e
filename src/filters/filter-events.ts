/**
 * The heart of filtering, pure and fast: OR within one facet, AND across facets; search words must all appear;
 * an event matches a date filter when its own span overlaps it.
 */
import type { DatasetIndex } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import type { EventFacets, FilterCriteria } from './filter-criteria'
import { matchesAllWords } from './search-index'

/** The index, and what filters read of each event (filter-context.ts). */
export type FilterContext = {
  index: DatasetIndex
  /** Title, summary, and the names of its actors and places, folded. */
  searchTextOf: (event: TimelineEvent) => string
  /** Its actors and places, widened to what they belong to. */
  facetsOf: (event: TimelineEvent) => EventFacets
}

export const FACETS = ['type', 'actor', 'location', 'tag', 'text', 'dates'] as const
export type Facet = (typeof FACETS)[number]

function intersects(values: readonly string[], selected: ReadonlySet<string>): boolean {
  return values.some((value) => selected.has(value))
}

/** Whether a facet filters anything: one that does not lets every event through. */
function isFacetUsed(criteria: FilterCriteria, facet: Facet): boolean {
  switch (facet) {
    case 'type':
      return criteria.types.size > 0
    case 'actor':
      return criteria.actors.size > 0
    case 'location':
      return criteria.locations.size > 0
    case 'tag':
      return criteria.tags.size > 0
    case 'text':
      return criteria.words.length > 0
    case 'dates':
      return criteria.fromDay !== null || criteria.toDay !== null
  }
}

/** Whether an event passes one facet's filter (an empty filter passes everything). */
export function passesFacet(
  context: FilterContext,
  event: TimelineEvent,
  criteria: FilterCriteria,
  facet: Facet,
): boolean {
  if (!isFacetUsed(criteria, facet)) return true
  switch (facet) {
    case 'type':
      return criteria.types.has(event.type)
    case 'actor':
      return intersects(context.facetsOf(event).actors, criteria.actors)
    case 'location':
      return intersects(context.facetsOf(event).locations, criteria.locations)
    case 'tag':
      return intersects(event.tags ?? [], criteria.tags)
    case 'text':
      return matchesAllWords(context.searchTextOf(event), criteria.words)
    case 'dates': {
      const span = context.index.spans.get(event.id)
      if (!span) return false
      return (
        (criteria.fromDay === null || span.lastDay >= criteria.fromDay) &&
        (criteria.toDay === null || span.firstDay <= criteria.toDay)
      )
    }
  }
}

export function passesAllFacets(
  context: FilterContext,
  event: TimelineEvent,
  criteria: FilterCriteria,
  except?: Facet,
): boolean {
  return FACETS.every((facet) => facet === except || passesFacet(context, event, criteria, facet))
}

/** The events that match, in time order. Only the facets in use are asked, so no filter costs no scan. */
export function filterEvents(context: FilterContext, criteria: FilterCriteria): TimelineEvent[] {
  const used = FACETS.filter((facet) => isFacetUsed(criteria, facet))
  if (used.length === 0) return [...context.index.chronological]
  return context.index.chronological.filter((event) =>
    used.every((facet) => passesFacet(context, event, criteria, facet)),
  )
}
