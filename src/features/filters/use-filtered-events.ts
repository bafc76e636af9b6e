import { useMemo } from 'react'
import { countFacets, type FacetCounts } from '../../filters/facet-counts'
import { resolveCriteria } from '../../filters/filter-criteria'
import { filterEvents, type FilterContext } from '../../filters/filter-events'
import type { ViewState } from '../../view/view-state'

/** Filtering for a view, derived during render: the matching events, facet counts and ignored ids. */
export function useFilteredEvents(context: FilterContext, view: ViewState, query: string) {
  const { index } = context
  const { types, actors, locations, tags, from, to } = view
  const resolved = useMemo(
    () => resolveCriteria(index, { types, actors, locations, tags, from, to, query }),
    [index, types, actors, locations, tags, from, to, query],
  )
  const events = useMemo(() => filterEvents(context, resolved.criteria), [context, resolved])
  // The counts are read only when a filter list opens: with 50,000 events they are worth not working out
  // on every keystroke.
  const counts = useMemo(() => {
    let counted: FacetCounts | null = null
    return () => (counted ??= countFacets(context, resolved.criteria))
  }, [context, resolved])
  return { context, criteria: resolved.criteria, unknownIds: resolved.unknownIds, events, counts }
}
