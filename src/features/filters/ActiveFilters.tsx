import type { DatasetIndex } from '../../data/dataset-index'
import type { ActiveFilter } from '../../filters/active-filters'
import { describeFilter } from '../../filters/describe-filters'

type ActiveFiltersProps = {
  index: DatasetIndex
  filters: readonly ActiveFilter[]
  view: { query: string; from: string | null; to: string | null }
  onRemove: (filter: ActiveFilter) => void
  onClearAll: () => void
}

/** The active filters as chips, each removable, and "Clear all". */
export function ActiveFilters({ index, filters, view, onRemove, onClearAll }: ActiveFiltersProps) {
  if (filters.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap gap-2">
        {filters.map((filter) => {
          const text = describeFilter(index, filter, view)
          return (
            <li
              key={`${filter.facet}-${'id' in filter ? filter.id : ''}`}
              className="ct-chip inline-flex items-center gap-1 rounded-full border py-0.5 pr-1 pl-3 text-sm"
            >
              <span>{text}</span>
              <button
                type="button"
                className="ct-chip-remove inline-flex size-7 items-center justify-center rounded-full"
                aria-label={`Remove filter ${text}`}
                onClick={() => onRemove(filter)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="ct-link text-sm" onClick={onClearAll}>
        Clear all
      </button>
    </div>
  )
}
