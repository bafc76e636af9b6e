/**
 * Lookups the views need again and again, built once per loaded dataset: records by id, each event's span in
 * calendar days, and the events in time order.
 */
import {
  comparePartialDates,
  firstDayOf,
  lastDayOf,
  parsePartialDate,
  type PartialDate,
} from './partial-date'
import type { Actor, Dataset, EventType, Location, Period, TimelineEvent } from './schema'

export type EventSpan = {
  start: PartialDate
  /** The end date when the event has one, else the start date again. */
  end: PartialDate
  firstDay: number
  lastDay: number
}

export type DatasetIndex = {
  dataset: Dataset
  actorsById: ReadonlyMap<string, Actor>
  locationsById: ReadonlyMap<string, Location>
  typesById: ReadonlyMap<string, EventType>
  periodsById: ReadonlyMap<string, Period>
  eventsById: ReadonlyMap<string, TimelineEvent>
  spans: ReadonlyMap<string, EventSpan>
  periodSpans: ReadonlyMap<string, EventSpan>
  /** Event ids by tag, in time order. */
  eventsByTag: ReadonlyMap<string, readonly string[]>
  /** All events by start, then end, then importance (milestones first), then id. */
  chronological: readonly TimelineEvent[]
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const spans = new Map<string, EventSpan>()
  for (const event of dataset.events) spans.set(event.id, spanOf(event.date, event.endDate))
  const periodSpans = new Map<string, EventSpan>()
  for (const period of dataset.periods ?? []) {
    periodSpans.set(period.id, spanOf(period.start, period.end))
  }
  const chronological = [...dataset.events].sort((a, b) => {
    const spanA = spans.get(a.id)
    const spanB = spans.get(b.id)
    if (!spanA || !spanB) return 0
    return (
      comparePartialDates(spanA.start, spanB.start) ||
      spanA.lastDay - spanB.lastDay ||
      (b.importance ?? 1) - (a.importance ?? 1) ||
      a.id.localeCompare(b.id)
    )
  })
  const eventsByTag = new Map<string, string[]>()
  for (const event of chronological) {
    for (const tag of event.tags ?? [])
      eventsByTag.set(tag, [...(eventsByTag.get(tag) ?? []), event.id])
  }
  return {
    dataset,
    actorsById: byId(dataset.actors),
    locationsById: byId(dataset.locations),
    typesById: byId(dataset.eventTypes),
    periodsById: byId(dataset.periods ?? []),
    eventsById: byId(dataset.events),
    spans,
    periodSpans,
    eventsByTag,
    chronological,
  }
}

/** Dates are already checked by the schema, so a failed parse here is a bug, not bad data. */
function spanOf(date: string, endDate: string | undefined): EventSpan {
  const start = parsePartialDate(date)
  const end = endDate === undefined ? start : parsePartialDate(endDate)
  if (!start || !end) throw new Error(`Unparsable date in a validated record: ${date}, ${endDate}`)
  return { start, end, firstDay: firstDayOf(start), lastDay: lastDayOf(end) }
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]))
}
