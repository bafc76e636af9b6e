import type { DatasetIndex } from '../../data/dataset-index'
import type { ActiveFilter } from '../../filters/active-filters'
import { describeFilter } from '../../filters/describe-filters'

type EmptyResultsProps = {
  index: DatasetIndex
  suggestions: readonly { filter: ActiveFilter; count: number }[]
  view: { query: string; from: string | null; to: string | null }
  onRemove: (filter: ActiveFilter) => void
  onClearAll: () => void
}

/** Nothing matches: say so, and offer to remove the filter that emptied the view. */
export function EmptyResults({
  index,
  suggestions,
  view,
  onRemove,
  onClearAll,
}: EmptyResultsProps) {
  return (
    <section aria-labelledby="empty-results-title" className="ct-empty rounded-lg border p-5">
      <h2 id="empty-results-title" className="text-lg font-semibold">
        No events match these filters
      </h2>
      {suggestions.length > 0 && (
        <>
          <p className="mt-2">Removing one of them brings events back:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map(({ filter, count }) => {
              const text = describeFilter(index, filter, view)
              return (
                <li key={text}>
                  <button
                    type="button"
                    className="ct-button h-9 rounded-md border px-3 text-sm"
                    onClick={() => onRemove(filter)}
                  >
                    Remove {text} ({count} {count === 1 ? 'event' : 'events'})
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
      <button
        type="button"
        className="ct-button ct-button-primary mt-4 h-10 rounded-md border px-4 font-medium"
        onClick={onClearAll}
      >
        Clear all filters
      </button>
    </section>
  )
}
