import { useMemo } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { countFacets } from '../../filters/facet-counts'
import { buildEventFacets, resolveCriteria } from '../../filters/filter-criteria'
import { filterEvents, type FilterContext } from '../../filters/filter-events'
import { buildSearchIndex } from '../../filters/search-index'
import type { ViewState } from '../../view/view-state'

/** Filtering for a view, derived during render: the matching events, facet counts and ignored ids. */
export function useFilteredEvents(index: DatasetIndex, view: ViewState, query: string) {
  const context = useMemo<FilterContext>(
    () => ({ index, searchIndex: buildSearchIndex(index), eventFacets: buildEventFacets(index) }),
    [index],
  )
  const { types, actors, locations, tags, from, to } = view
  const resolved = useMemo(
    () => resolveCriteria(index, { types, actors, locations, tags, from, to, query }),
    [index, types, actors, locations, tags, from, to, query],
  )
  const events = useMemo(() => filterEvents(context, resolved.criteria), [context, resolved])
  const counts = useMemo(() => countFacets(context, resolved.criteria), [context, resolved])
  return { context, criteria: resolved.criteria, unknownIds: resolved.unknownIds, events, counts }
}
