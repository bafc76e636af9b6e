/**
 * The active filters of a view as a flat list (the chips a reader can remove one by one), and, when nothing
 * matches, which single filter to remove to get results back.
 */
import type { ViewState } from '../view/view-state'
import type { FilterCriteria } from './filter-criteria'
import { filterEvents, type FilterContext } from './filter-events'

export type ActiveFilter =
  | { facet: 'type' | 'actor' | 'location' | 'tag'; id: string }
  | { facet: 'text' }
  | { facet: 'dates' }

export function activeFilters(criteria: FilterCriteria): ActiveFilter[] {
  return [
    ...[...criteria.types].map((id) => ({ facet: 'type' as const, id })),
    ...[...criteria.actors].map((id) => ({ facet: 'actor' as const, id })),
    ...[...criteria.locations].map((id) => ({ facet: 'location' as const, id })),
    ...[...criteria.tags].map((id) => ({ facet: 'tag' as const, id })),
    ...(criteria.words.length > 0 ? [{ facet: 'text' as const }] : []),
    ...(criteria.fromDay !== null || criteria.toDay !== null ? [{ facet: 'dates' as const }] : []),
  ]
}

function without<T>(values: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(values)
  next.delete(value)
  return next
}

export function criteriaWithout(criteria: FilterCriteria, filter: ActiveFilter): FilterCriteria {
  switch (filter.facet) {
    case 'type':
      return { ...criteria, types: without(criteria.types, filter.id) }
    case 'actor':
      return { ...criteria, actors: without(criteria.actors, filter.id) }
    case 'location':
      return { ...criteria, locations: without(criteria.locations, filter.id) }
    case 'tag':
      return { ...criteria, tags: without(criteria.tags, filter.id) }
    case 'text':
      return { ...criteria, words: [] }
    case 'dates':
      return { ...criteria, fromDay: null, toDay: null }
  }
}

export function viewWithout(view: ViewState, filter: ActiveFilter): ViewState {
  switch (filter.facet) {
    case 'type':
      return { ...view, types: view.types.filter((id) => id !== filter.id) }
    case 'actor':
      return { ...view, actors: view.actors.filter((id) => id !== filter.id) }
    case 'location':
      return { ...view, locations: view.locations.filter((id) => id !== filter.id) }
    case 'tag':
      return { ...view, tags: view.tags.filter((id) => id !== filter.id) }
    case 'text':
      return { ...view, query: '' }
    case 'dates':
      return { ...view, from: null, to: null }
  }
}

export function viewWithoutFilters(view: ViewState): ViewState {
  return {
    ...view,
    types: [],
    actors: [],
    locations: [],
    tags: [],
    query: '',
    from: null,
    to: null,
  }
}

/** Filters whose removal alone would bring events back, with how many; the most helpful first. */
export function suggestRelaxations(
  context: FilterContext,
  criteria: FilterCriteria,
): { filter: ActiveFilter; count: number }[] {
  return activeFilters(criteria)
    .map((filter) => ({
      filter,
      count: filterEvents(context, criteriaWithout(criteria, filter)).length,
    }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
}
