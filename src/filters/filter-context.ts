import type { DatasetIndex } from '../data/dataset-index'
import { buildEventFacets } from './filter-criteria'
import type { FilterContext } from './filter-events'
import { buildSearchIndex } from './search-index'

/** What filtering reads besides the index: each event's searchable text and facets, built once per dataset. */
export function buildFilterContext(index: DatasetIndex): FilterContext {
  return { index, searchIndex: buildSearchIndex(index), eventFacets: buildEventFacets(index) }
}
