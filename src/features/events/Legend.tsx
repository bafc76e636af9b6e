import type { DatasetIndex } from '../../data/dataset-index'
import { CATEGORIES } from '../../data/vocabulary'
import { CATEGORY_NAMES } from '../../data/display-names'

type LegendProps = { index: DatasetIndex; isInitiallyOpen?: boolean }

/** Event types by category, with the colours the timeline draws them in. */
export function Legend({ index, isInitiallyOpen = true }: LegendProps) {
  const types = index.dataset.eventTypes
  return (
    <section aria-label="Legend" className="ct-legend text-sm">
      <details className="group" open={isInitiallyOpen}>
        <summary className="ct-link w-fit cursor-pointer">
          <h2 className="inline text-sm font-medium">Legend</h2>
        </summary>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-3">
          {CATEGORIES.filter((category) => types.some((type) => type.category === category)).map(
            (category) => (
              <div key={category}>
                <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">
                  {CATEGORY_NAMES[category]}
                </h3>
                <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
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
            <span
              className="ct-imprecise-swatch inline-block h-3 w-6 rounded-sm"
              aria-hidden="true"
            />
            Hatched: date known only to the month or year
          </p>
        </div>
      </details>
    </section>
  )
}
