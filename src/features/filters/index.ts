/** Filtering a view: the filter bar, its menus and chips, the matching events, and what to do when none match. */
export { EmptyResults } from './EmptyResults'
export { FilterBar } from './FilterBar'
export { useFilteredEvents } from './use-filtered-events'
export { useFilters } from './use-filters'
