/** Search, facets and dates, with the active filters as removable chips. */
import type { DatasetIndex } from '../../data/dataset-index'
import type { ActiveFilter } from '../../filters/active-filters'
import type { FacetCounts } from '../../filters/facet-counts'
import { actorGroups, locationGroups, typeGroups } from '../../filters/facet-options'
import type { ViewState } from '../../view/view-state'
import { ActiveFilters } from './ActiveFilters'
import { DateFilter } from './DateFilter'
import { FacetMenu } from './FacetMenu'

type FilterBarProps = {
  index: DatasetIndex
  view: ViewState
  /** Counts per option under the other filters, worked out when a list opens. */
  counts: () => FacetCounts
  searchText: string
  onSearchTextChange: (text: string) => void
  activeFilters: readonly ActiveFilter[]
  onChange: (update: (view: ViewState) => ViewState) => void
  onRemoveFilter: (filter: ActiveFilter) => void
  onClearAll: () => void
}

function toggle(values: readonly string[], id: string): string[] {
  return values.includes(id) ? values.filter((value) => value !== id) : [...values, id]
}

export function FilterBar({
  index,
  view,
  counts,
  searchText,
  onSearchTextChange,
  activeFilters,
  onChange,
  onRemoveFilter,
  onClearAll,
}: FilterBarProps) {
  return (
    <section aria-label="Filters" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-1.5 sm:gap-2">
        <div className="relative min-w-48 basis-full sm:basis-auto sm:flex-1 sm:max-w-xs">
          <label htmlFor="event-search" className="sr-only">
            Search events
          </label>
          <input
            id="event-search"
            type="search"
            className="ct-input h-10 w-full rounded-md border px-3 text-sm"
            placeholder="Search events, people, places…"
            value={searchText}
            onChange={(event) => onSearchTextChange(event.target.value)}
          />
        </div>
        <FacetMenu
          label="Type"
          groups={() => typeGroups(index, counts())}
          selected={view.types}
          onToggle={(id) =>
            onChange((current) => ({ ...current, types: toggle(current.types, id) }))
          }
        />
        <FacetMenu
          label="Actor"
          groups={() => actorGroups(index, counts())}
          selected={view.actors}
          onToggle={(id) =>
            onChange((current) => ({ ...current, actors: toggle(current.actors, id) }))
          }
        />
        <FacetMenu
          label="Place"
          groups={() => locationGroups(index, counts())}
          selected={view.locations}
          onToggle={(id) =>
            onChange((current) => ({ ...current, locations: toggle(current.locations, id) }))
          }
        />
        <DateFilter
          index={index}
          from={view.from}
          to={view.to}
          onChange={(from, to) => onChange((current) => ({ ...current, from, to }))}
        />
      </div>
      <ActiveFilters
        index={index}
        filters={activeFilters}
        view={{ query: searchText, from: view.from, to: view.to }}
        onRemove={onRemoveFilter}
        onClearAll={onClearAll}
      />
    </section>
  )
}
