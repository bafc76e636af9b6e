import type { DatasetIndex } from '../../data/dataset-index'
import { CATEGORY_NAMES } from '../../data/display-names'
import { formatDateSpan } from '../../data/partial-date'
import { CATEGORIES } from '../../data/vocabulary'

type LegendProps = {
  index: DatasetIndex
  isInitiallyOpen?: boolean
  /** Shows a period on the timeline: every period is reached here, named on the timeline or not. */
  onShowPeriod: (periodId: string) => void
}

/** Event types by category, with the colours the timeline draws them in, and the dataset's periods. */
export function Legend({ index, isInitiallyOpen = true, onShowPeriod }: LegendProps) {
  const types = index.dataset.eventTypes
  const periods = [...(index.dataset.periods ?? [])].sort(
    (a, b) =>
      (index.periodSpans.get(a.id)?.firstDay ?? 0) - (index.periodSpans.get(b.id)?.firstDay ?? 0),
  )
  return (
    <section aria-label="Legend" className="ct-legend text-sm">
      <details className="group" open={isInitiallyOpen}>
        <summary className="ct-link w-fit cursor-pointer">
          <h2 className="inline text-sm font-medium">Legend</h2>
        </summary>
        <div className="mt-2 flex flex-wrap items-baseline gap-x-5 gap-y-1.5">
          {CATEGORIES.filter((category) => types.some((type) => type.category === category)).map(
            (category) => (
              <div key={category} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">
                  {CATEGORY_NAMES[category]}
                </h3>
                <ul className="contents">
                  {types
                    .filter((type) => type.category === category)
                    .map((type) => (
                      <li
                        key={type.id}
                        className="flex items-center gap-1.5"
                        title={type.description}
                      >
                        <span
                          className="ct-swatch inline-block size-3 rounded-sm"
                          style={{ backgroundColor: type.color }}
                          aria-hidden="true"
                        />
                        {type.label}
                      </li>
                    ))}
                </ul>
              </div>
            ),
          )}
          <p className="ct-muted flex items-center gap-1.5">
            <span className="ct-cluster-swatch" aria-hidden="true">
              12
            </span>
            Several events of a lane: Enter or a click shows them
          </p>
          <p className="ct-muted flex items-center gap-1.5">
            <span
              className="ct-imprecise-swatch inline-block h-3 w-6 rounded-sm"
              aria-hidden="true"
            />
            Hatched: date known only to the month or year
          </p>
        </div>
        {periods.length > 0 && (
          <details className="mt-2">
            <summary className="ct-link w-fit cursor-pointer">
              <h3 className="inline text-sm font-medium">Periods ({periods.length})</h3>
            </summary>
            <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Periods">
              {periods.map((period) => {
                const span = index.periodSpans.get(period.id)
                const dates = span ? formatDateSpan(span.start, span.end) : ''
                return (
                  <li key={period.id}>
                    <button
                      type="button"
                      className="ct-button inline-flex min-h-8 items-center gap-1.5 rounded-md border px-2 text-sm"
                      onClick={() => onShowPeriod(period.id)}
                    >
                      {period.label}
                      <span className="ct-muted text-xs">{dates}</span>
                    </button>
                  </li>
                )
              })}
            </ul>
          </details>
        )}
      </details>
    </section>
  )
}
