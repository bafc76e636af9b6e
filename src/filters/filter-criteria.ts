/**
 * The filters of a view, resolved against a dataset: ids it does not know are dropped (and reported), dates are
 * turned into calendar days, and each event's actors and places are widened to what they belong to, so that
 * choosing "Russia" finds events with Vladimir Putin, and "Donetsk Oblast" finds events in Bakhmut.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { firstDayOf, lastDayOf, parsePartialDate } from '../data/partial-date'
import type { TimelineEvent } from '../data/schema'
import type { ViewState } from '../view/view-state'
import { searchWords } from './fold-text'
import type { NameLookups } from './search-index'

export type FilterCriteria = {
  types: ReadonlySet<string>
  actors: ReadonlySet<string>
  locations: ReadonlySet<string>
  tags: ReadonlySet<string>
  words: readonly string[]
  /** Inclusive calendar days; null when open-ended. */
  fromDay: number | null
  toDay: number | null
}

export type UnknownFilterId = { param: 'type' | 'actor' | 'location' | 'tag'; id: string }

export function resolveCriteria(
  index: DatasetIndex,
  view: Pick<ViewState, 'types' | 'actors' | 'locations' | 'tags' | 'query' | 'from' | 'to'>,
): { criteria: FilterCriteria; unknownIds: UnknownFilterId[] } {
  const unknownIds: UnknownFilterId[] = []
  const known = (
    param: UnknownFilterId['param'],
    ids: string[],
    lookup: ReadonlyMap<string, unknown>,
  ) =>
    new Set(
      ids.filter((id) => {
        if (lookup.has(id)) return true
        unknownIds.push({ param, id })
        return false
      }),
    )
  const from = view.from ? parsePartialDate(view.from) : null
  const to = view.to ? parsePartialDate(view.to) : null
  return {
    criteria: {
      types: known('type', view.types, index.typesById),
      actors: known('actor', view.actors, index.actorsById),
      locations: known('location', view.locations, index.locationsById),
      tags: known('tag', view.tags, index.eventsByTag),
      words: searchWords(view.query),
      fromDay: from ? firstDayOf(from) : null,
      toDay: to ? lastDayOf(to) : null,
    },
    unknownIds,
  }
}

export function hasActiveFilters(criteria: FilterCriteria): boolean {
  return (
    criteria.types.size > 0 ||
    criteria.actors.size > 0 ||
    criteria.locations.size > 0 ||
    criteria.tags.size > 0 ||
    criteria.words.length > 0 ||
    criteria.fromDay !== null ||
    criteria.toDay !== null
  )
}

/** An actor and everything it belongs to, up the affiliation chain. */
function withAffiliations(index: NameLookups, actorId: string): string[] {
  const chain: string[] = []
  let current: string | undefined = actorId
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current)
    current = index.actorsById.get(current)?.affiliation
  }
  return chain
}

/** A place and the region it lies in. */
function withRegion(index: NameLookups, locationId: string): string[] {
  const region = index.locationsById.get(locationId)?.region
  return region ? [locationId, region] : [locationId]
}

export type EventFacets = { actors: readonly string[]; locations: readonly string[] }

/** The actor and location ids an event matches, widened as described above (kept by filter-context.ts). */
export function facetsOf(index: NameLookups, event: TimelineEvent): EventFacets {
  return {
    actors: [...new Set(event.actors.flatMap((id) => withAffiliations(index, id)))],
    locations: [...new Set(event.locations.flatMap((id) => withRegion(index, id)))],
  }
}
