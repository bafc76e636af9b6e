import { useDeferredValue } from 'react'
import type { FilterContext } from '../../filters/filter-events'
import {
  activeFilters,
  viewWithout,
  viewWithoutFilters,
  type ActiveFilter,
} from '../../filters/active-filters'
import { describeFilter } from '../../filters/describe-filters'
import type { HistoryMode, ViewUpdate } from '../../url/use-view-state'
import type { ViewState } from '../../view/view-state'
import { useFilteredEvents } from './use-filtered-events'
import { useSearchDraft } from './use-search-draft'

/**
 * The filters of a view and how a reader changes them: the search as typed (results follow each keystroke,
 * the URL follows when typing pauses), the matching events and facet counts, the active filters in words, and
 * removing one or all of them. `history` says whether a change adds a history entry (the main view) or not
 * (an embed).
 */
export function useFilters(
  context: FilterContext,
  view: ViewState,
  setView: (update: ViewUpdate, history?: HistoryMode) => void,
  history: HistoryMode,
) {
  const { index } = context
  const [searchText, setSearchText] = useSearchDraft(view.query, (query) =>
    setView((current) => ({ ...current, query }), 'replace'),
  )
  // Typing stays responsive: the timeline catches up with the search in the background.
  const query = useDeferredValue(searchText)
  const filtered = useFilteredEvents(context, view, query)
  const filters = activeFilters(filtered.criteria)
  const describedView = { query: searchText, from: view.from, to: view.to }

  const change = (update: (current: ViewState) => ViewState) => setView(update, history)
  const removeFilter = (filter: ActiveFilter) => {
    if (filter.facet === 'text') setSearchText('')
    change((current) => viewWithout(current, filter))
  }
  const clearFilters = () => {
    setSearchText('')
    change(viewWithoutFilters)
  }

  return {
    ...filtered,
    filters,
    describedView,
    /** The active filters in words: "Type: Negotiations", "Search: “istanbul”". */
    summary: filters.map((filter) => describeFilter(index, filter, describedView)),
    change,
    removeFilter,
    clearFilters,
    /** Everything FilterBar needs. */
    filterBar: {
      index,
      view,
      counts: filtered.counts,
      searchText,
      onSearchTextChange: setSearchText,
      activeFilters: filters,
      onChange: change,
      onRemoveFilter: removeFilter,
      onClearAll: clearFilters,
    },
  }
}
