/**
 * The list view: the same filtered events as the timeline, in time order, grouped by year and month. It is the
 * screen-reader and small-phone way through the chronology; choosing an entry opens the same details.
 */
import { useEffect, useRef } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { formatEventDate } from '../../data/format-event-date'
import { formatYear, monthName } from '../../data/partial-date'
import type { TimelineEvent } from '../../data/schema'

type EventListProps = {
  index: DatasetIndex
  events: readonly TimelineEvent[]
  selectedEventId: string | null
  onSelectEvent: (eventId: string) => void
}

type MonthGroup = { key: string; label: string; events: TimelineEvent[] }
type YearGroup = { year: number; months: MonthGroup[] }

/** Events known only to the year come after that year's months, under "Some time in 2022". */
function groupByYearAndMonth(index: DatasetIndex, events: readonly TimelineEvent[]): YearGroup[] {
  const years: YearGroup[] = []
  for (const event of events) {
    const start = index.spans.get(event.id)?.start
    if (!start) continue
    let year = years.find((group) => group.year === start.year)
    if (!year) {
      year = { year: start.year, months: [] }
      years.push(year)
    }
    const key = start.month === undefined ? 'year' : String(start.month)
    const label =
      start.month === undefined
        ? `Some time in ${formatYear(start.year)}`
        : `${monthName(start.month)} ${formatYear(start.year)}`
    let month = year.months.find((group) => group.key === key)
    if (!month) {
      month = { key, label, events: [] }
      year.months.push(month)
    }
    month.events.push(event)
  }
  for (const year of years) {
    year.months.sort(
      (a, b) => (a.key === 'year' ? 13 : Number(a.key)) - (b.key === 'year' ? 13 : Number(b.key)),
    )
  }
  return years
}

export function EventList({ index, events, selectedEventId, onSelectEvent }: EventListProps) {
  const listRef = useRef<HTMLDivElement>(null)

  // Stepping through events keeps the open one in sight.
  useEffect(() => {
    if (!selectedEventId) return
    listRef.current
      ?.querySelector(`[data-event-id="${CSS.escape(selectedEventId)}"]`)
      ?.scrollIntoView({ block: 'nearest' })
  }, [selectedEventId])

  return (
    <div
      ref={listRef}
      className="ct-list flex flex-col gap-6"
      aria-label="Events in time order"
      role="region"
    >
      {groupByYearAndMonth(index, events).map((year) => (
        <section key={year.year} aria-labelledby={`list-year-${year.year}`}>
          <h2
            id={`list-year-${year.year}`}
            className="ct-list-year text-2xl font-semibold tabular-nums"
          >
            {formatYear(year.year)}
          </h2>
          {year.months.map((month) => (
            <section key={month.key} aria-label={month.label} className="mt-3">
              <h3 className="ct-muted text-sm font-semibold tracking-wide uppercase">
                {month.label}
              </h3>
              <ol className="mt-1 flex flex-col">
                {month.events.map((event) => {
                  const type = index.typesById.get(event.type)
                  const actors = event.actors.map((id) => index.actorsById.get(id)?.name ?? id)
                  const places = event.locations.map(
                    (id) => index.locationsById.get(id)?.name ?? id,
                  )
                  const isSelected = event.id === selectedEventId
                  return (
                    <li key={event.id} data-event-id={event.id}>
                      <button
                        type="button"
                        className="ct-list-entry flex w-full flex-col gap-0.5 rounded-md border-l-4 px-3 py-2 text-left"
                        style={{ borderLeftColor: type?.color }}
                        aria-current={isSelected ? 'true' : undefined}
                        onClick={() => onSelectEvent(event.id)}
                      >
                        <span className="ct-muted flex flex-wrap items-center gap-x-2 text-sm">
                          <span className="font-medium">{formatEventDate(index, event)}</span>
                          <span aria-hidden="true">·</span>
                          <span>{type?.label ?? event.type}</span>
                        </span>
                        <span className="font-semibold">{event.title}</span>
                        <span className="ct-muted text-sm">
                          {[actors.join(', '), places.join(', ')].filter(Boolean).join(' · ')}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}
