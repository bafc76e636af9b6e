/**
 * Lookups the views need again and again, built once per loaded dataset: records by id, each event's span in
 * calendar days, and the events in time order.
 */
import { compareCodeUnits } from './compare-code-units'
import { firstDayOf, lastDayOf, parsePartialDate, type PartialDate } from './partial-date'
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
  /** The first and last day of each event of `chronological`, at the same position, for scans by date. */
  chronologicalDays: { first: Float64Array; last: Float64Array }
  /** The first day of the earliest event and the last of the latest ending; null without events. */
  extent: { firstDay: number; lastDay: number } | null
}

/** Each event by id, and its span: what a load prepares slice by slice, while the rest of the file is checked. */
export type EventLookups = {
  eventsById: Map<string, TimelineEvent>
  spans: Map<string, EventSpan>
}

export function addEventLookups(lookups: EventLookups, events: readonly TimelineEvent[]): void {
  for (const event of events) {
    lookups.eventsById.set(event.id, event)
    lookups.spans.set(event.id, spanOfEvent(event))
  }
}

function eventLookupsOf(events: readonly TimelineEvent[]): EventLookups {
  const lookups = { eventsById: new Map(), spans: new Map() }
  addEventLookups(lookups, events)
  return lookups
}

/** `lookups`, when a load has prepared them as the events came, are those of `dataset.events`. */
export function indexDataset(
  dataset: Dataset,
  { eventsById, spans }: EventLookups = eventLookupsOf(dataset.events),
): DatasetIndex {
  const periodSpans = new Map<string, EventSpan>()
  for (const period of dataset.periods ?? []) {
    periodSpans.set(period.id, spanOf(period.start, period.end))
  }
  const chronological = chronologicalOrder(dataset.events, spans).map(
    (position) => dataset.events[position] as TimelineEvent,
  )
  const chronologicalDays = {
    first: new Float64Array(chronological.length),
    last: new Float64Array(chronological.length),
  }
  let lastDay = -Infinity
  chronological.forEach((event, position) => {
    const span = spans.get(event.id) as EventSpan
    chronologicalDays.first[position] = span.firstDay
    chronologicalDays.last[position] = span.lastDay
    lastDay = Math.max(lastDay, span.lastDay)
  })
  const firstDay = chronologicalDays.first[0]
  const eventsByTag = new Map<string, string[]>()
  for (const event of chronological) {
    for (const tag of event.tags ?? []) {
      const tagged = eventsByTag.get(tag)
      if (tagged) tagged.push(event.id)
      else eventsByTag.set(tag, [event.id])
    }
  }
  return {
    dataset,
    actorsById: byId(dataset.actors),
    locationsById: byId(dataset.locations),
    typesById: byId(dataset.eventTypes),
    periodsById: byId(dataset.periods ?? []),
    eventsById,
    spans,
    periodSpans,
    eventsByTag,
    chronological,
    chronologicalDays,
    extent: firstDay === undefined ? null : { firstDay, lastDay },
  }
}

/** An event's span, read from its dates. */
function spanOfEvent(event: TimelineEvent): EventSpan {
  return spanOf(event.date, event.endDate)
}

/** Dates are already checked by the schema, so a failed parse here is a bug, not bad data. */
function spanOf(date: string, endDate: string | undefined): EventSpan {
  const start = parsePartialDate(date)
  const end = endDate === undefined ? start : parsePartialDate(endDate)
  if (!start || !end) throw new Error(`Unparsable date in a validated record: ${date}, ${endDate}`)
  return { start, end, firstDay: firstDayOf(start), lastDay: lastDayOf(end) }
}

export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]))
}

/** Positions in `events`, by start, then end, then importance (milestones first), then id. */
function chronologicalOrder(
  events: readonly TimelineEvent[],
  spans: ReadonlyMap<string, EventSpan>,
): number[] {
  // Sort keys computed once per event: comparing partial dates inside the comparator would redo it n log n times.
  const keys = events.map((event, position) => {
    const span = spans.get(event.id) as EventSpan
    return {
      position,
      id: event.id,
      importance: event.importance ?? 1,
      firstDay: span.firstDay,
      startLastDay: lastDayOf(span.start),
      lastDay: span.lastDay,
    }
  })
  keys.sort(
    (a, b) =>
      a.firstDay - b.firstDay ||
      a.startLastDay - b.startLastDay ||
      a.lastDay - b.lastDay ||
      b.importance - a.importance ||
      compareCodeUnits(a.id, b.id),
  )
  return keys.map((key) => key.position)
}
