/**
 * The date filter: from and to as partial dates (a year, a month or a day), quick picks for each year of the
 * dataset and each of its periods, and a way to clear it.
 */
import { useId, useState } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { dayToIsoDate, isPartialDate } from '../../data/partial-date'
import { formatDateFilter } from '../../filters/describe-filters'
import { Popover } from '../../ui/Popover'

type DateFilterProps = {
  index: DatasetIndex
  from: string | null
  to: string | null
  onChange: (from: string | null, to: string | null) => void
}

const HINT = 'Like 2022, 2022-09 or 2022-09-30'

export function DateFilter({ index, from, to, onChange }: DateFilterProps) {
  const years = yearsOf(index)
  return (
    <Popover
      title="Dates"
      panelLabel="Dates filter"
      panelClassName="max-h-[min(70dvh,34rem)] w-[min(24rem,calc(100vw-2rem))] overflow-y-auto"
      trigger={
        <>
          Dates
          {(from || to) && (
            <span className="ct-badge rounded-full px-1.5 text-xs">
              {formatDateFilter(from, to)}
            </span>
          )}
        </>
      }
    >
      {(close) => {
        const choose = (nextFrom: string | null, nextTo: string | null) => {
          onChange(nextFrom, nextTo)
          close()
        }
        return (
          <div className="flex flex-col gap-3 p-3">
            <DateRangeForm key={`${from}-${to}`} from={from} to={to} onApply={choose} />
            <div>
              <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Years</h3>
              <div className="mt-1 flex flex-wrap gap-1">
                {years.map((year) => (
                  <button
                    key={year}
                    type="button"
                    className="ct-button h-8 rounded-md border px-2 text-sm tabular-nums"
                    aria-pressed={from === year && to === year}
                    onClick={() => choose(year, year)}
                  >
                    {year}
                  </button>
                ))}
              </div>
            </div>
            {(index.dataset.periods ?? []).length > 0 && (
              <div>
                <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Periods</h3>
                <ul className="mt-1 flex flex-col gap-1">
                  {(index.dataset.periods ?? []).map((period) => (
                    <li key={period.id}>
                      <button
                        type="button"
                        className="ct-link text-left text-sm"
                        aria-pressed={from === period.start && to === period.end}
                        onClick={() => choose(period.start, period.end)}
                      >
                        {period.label}{' '}
                        <span className="ct-muted">
                          ({formatDateFilter(period.start, period.end)})
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {(from || to) && (
              <button
                type="button"
                className="ct-button h-9 self-start rounded-md border px-3 text-sm"
                onClick={() => choose(null, null)}
              >
                Clear dates
              </button>
            )}
          </div>
        )
      }}
    </Popover>
  )
}

type DateRangeFormProps = {
  from: string | null
  to: string | null
  onApply: (from: string | null, to: string | null) => void
}

/** Typed dates are checked before they are applied; a mistake is named next to its field. */
function DateRangeForm({ from, to, onApply }: DateRangeFormProps) {
  const [fromText, setFromText] = useState(from ?? '')
  const [toText, setToText] = useState(to ?? '')
  const [isSubmitted, setSubmitted] = useState(false)
  const id = useId()
  const fromError = fromText.trim() !== '' && !isPartialDate(fromText.trim())
  const toError = toText.trim() !== '' && !isPartialDate(toText.trim())

  return (
    <form
      className="grid grid-cols-2 gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        setSubmitted(true)
        if (fromError || toError) return
        onApply(fromText.trim() || null, toText.trim() || null)
      }}
    >
      {(
        [
          ['From', fromText, setFromText, fromError],
          ['To', toText, setToText, toError],
        ] as const
      ).map(([label, value, setValue, hasError]) => (
        <div key={label} className="flex flex-col gap-1">
          <label htmlFor={`${id}-${label}`} className="text-sm font-medium">
            {label}
          </label>
          <input
            id={`${id}-${label}`}
            className="ct-input h-9 rounded-md border px-2 text-sm tabular-nums"
            value={value}
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            aria-invalid={isSubmitted && hasError}
            aria-describedby={`${id}-${label}-hint`}
            onChange={(event) => setValue(event.target.value)}
          />
          <p
            id={`${id}-${label}-hint`}
            className={`text-xs ${isSubmitted && hasError ? 'ct-error-text' : 'ct-muted'}`}
          >
            {isSubmitted && hasError ? `Not a date. ${HINT}.` : HINT}
          </p>
        </div>
      ))}
      <button
        type="submit"
        className="ct-button ct-button-primary col-span-2 h-9 rounded-md border px-3 text-sm font-medium"
      >
        Apply dates
      </button>
    </form>
  )
}

function yearsOf(index: DatasetIndex): string[] {
  const spans = [...index.spans.values()]
  if (spans.length === 0) return []
  const first = Number(dayToIsoDate(Math.min(...spans.map((span) => span.firstDay))).slice(0, 4))
  const last = Number(dayToIsoDate(Math.max(...spans.map((span) => span.lastDay))).slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, offset) => String(first + offset))
}
