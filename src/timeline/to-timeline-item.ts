/**
 * Events → vis-timeline items and lanes. Item content is always a DOM element filled with `textContent`: vis-timeline
 * treats string content as HTML (https://github.com/visjs/vis-timeline/pull/840), and dataset text must never be
 * parsed as HTML.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { formatEventDate } from '../data/format-event-date'
import { CATEGORY_NAMES } from '../data/display-names'
import { CATEGORIES, type TimelineEvent } from '../data/schema'
import { readableTextColor } from '../ui/color-contrast'
import type { Grouping } from '../view/view-state'
import { rangeToWindow, startOfDay } from './calendar-time'
import { estimateLabelWidth, maxLabelRows, placeLabels } from './label-placement'

export type TimelineItem = {
  id: string
  eventId?: string
  group?: string
  start: Date
  end?: Date
  type: 'point' | 'range' | 'background'
  content: HTMLElement
  className: string
  /** Only ever `--event-color: #rrggbb` from a colour the schema checked. */
  style?: string
  /** Labelled events stack in rows; unlabelled ones share one row of dots below them. */
  subgroup?: 'labelled' | 'dots'
  subgroupRank?: number
}

export type TimelineGroup = {
  id: string
  content: HTMLElement
  order: number
  subgroupStack: { labelled: boolean; dots: boolean }
  subgroupOrder: 'subgroupRank'
}

const NO_ACTOR_LANE_ID = 'no-actor'

/** One lane when the reader asks for none, so that labels and dots still get their own rows. */
export const SINGLE_LANE_ID = 'all-events'

const ITEM_ID_SEPARATOR = '::'

/** With lanes per actor an event appears once per actor, so item ids carry the lane after the event id. */
export function eventIdOfItem(itemId: string): string {
  return itemId.split(ITEM_ID_SEPARATOR)[0] ?? itemId
}

export type ContentCache = Map<string, HTMLElement>

/** The element that stands for an event on the timeline; reused across updates so focus is not lost. */
function eventElement(index: DatasetIndex, event: TimelineEvent, cache: ContentCache): HTMLElement {
  const cached = cache.get(event.id)
  if (cached) return cached
  const type = index.typesById.get(event.type)
  const dateText = formatEventDate(index, event)
  const element = document.createElement('span')
  element.className = 'ct-event'
  element.dataset.eventId = event.id
  element.tabIndex = -1
  element.setAttribute('role', 'button')
  element.setAttribute('aria-label', `${dateText}, ${type?.label ?? event.type}: ${event.title}`)
  element.title = `${dateText} · ${event.title}`
  if (type) {
    element.style.setProperty('--event-color', type.color)
    element.style.setProperty('--event-text', readableTextColor(type.color))
  }
  const label = document.createElement('span')
  label.className = 'ct-event-label'
  label.textContent = event.title
  element.append(label)
  cache.set(event.id, element)
  return element
}

function lanesOf(event: TimelineEvent, index: DatasetIndex, grouping: Grouping): string[] {
  switch (grouping) {
    case 'none':
      return [SINGLE_LANE_ID]
    case 'type':
      return [event.type]
    case 'actor':
      return event.actors.length > 0 ? event.actors : [NO_ACTOR_LANE_ID]
    case 'category':
      return [index.typesById.get(event.type)?.category ?? 'political']
  }
}

export function toTimelineItems(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
  labelledIds: ReadonlySet<string>,
  cache: ContentCache,
): TimelineItem[] {
  const items: TimelineItem[] = []
  for (const event of events) {
    const span = index.spans.get(event.id)
    if (!span) continue
    const color = index.typesById.get(event.type)?.color
    const isImprecise = span.start.precision !== 'day' || span.end.precision !== 'day'
    const isSpan = isImprecise || span.lastDay > span.firstDay
    const isLabelled = labelledIds.has(event.id)
    const classNames = [
      'ct-item',
      `ct-importance-${event.importance ?? 1}`,
      isImprecise ? 'is-imprecise' : '',
      isLabelled ? '' : 'is-label-hidden',
    ]
    const content = eventElement(index, event, cache)
    for (const lane of lanesOf(event, index, grouping)) {
      items.push({
        id: grouping === 'actor' ? `${event.id}${ITEM_ID_SEPARATOR}${lane}` : event.id,
        eventId: event.id,
        group: lane,
        subgroup: isLabelled ? 'labelled' : 'dots',
        subgroupRank: isLabelled ? 0 : 1,
        // An imprecise date covers its whole month or year, so it is drawn across it, never as a point on the 1st.
        ...(isSpan
          ? rangeToWindow({ startDay: span.firstDay, endDay: span.lastDay })
          : { start: startOfDay(span.firstDay) }),
        type: isSpan ? 'range' : 'point',
        // The same element cannot sit in two lanes at once.
        content: grouping === 'actor' ? (content.cloneNode(true) as HTMLElement) : content,
        className: classNames.filter(Boolean).join(' '),
        ...(color ? { style: `--event-color: ${color}` } : {}),
      })
    }
  }
  return items
}

/**
 * Periods overlap (a round of talks inside a phase of the war), so each gets the first row whose
 * previous period has ended (up to four): their labels then sit on different lines instead of on top of each
 * other.
 */
const PERIOD_ROWS = 4

export function periodRows(index: DatasetIndex): Map<string, number> {
  const rowEnds: number[] = []
  const rows = new Map<string, number>()
  const periods = [...(index.dataset.periods ?? [])].sort(
    (a, b) =>
      (index.periodSpans.get(a.id)?.firstDay ?? 0) - (index.periodSpans.get(b.id)?.firstDay ?? 0),
  )
  for (const period of periods) {
    const span = index.periodSpans.get(period.id)
    if (!span) continue
    let row = rowEnds.findIndex((end) => end < span.firstDay)
    if (row === -1)
      row = rowEnds.length < PERIOD_ROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds))
    rowEnds[row] = span.lastDay
    rows.set(period.id, row)
  }
  return rows
}

export function toPeriodItems(index: DatasetIndex): TimelineItem[] {
  const rows = periodRows(index)
  return (index.dataset.periods ?? []).flatMap((period) => {
    const span = index.periodSpans.get(period.id)
    if (!span) return []
    const label = document.createElement('span')
    label.className = 'ct-period-label'
    label.textContent = period.label
    return [
      {
        id: `period${ITEM_ID_SEPARATOR}${period.id}`,
        ...rangeToWindow({ startDay: span.firstDay, endDay: span.lastDay }),
        type: 'background' as const,
        content: label,
        className: `ct-period ct-period-${rows.get(period.id) ?? 0}`,
      },
    ]
  })
}

function lane(id: string, label: string, order: number): TimelineGroup {
  return {
    id,
    content: groupLabel(label),
    order,
    subgroupStack: { labelled: true, dots: false },
    subgroupOrder: 'subgroupRank',
  }
}

function groupLabel(text: string): HTMLElement {
  const element = document.createElement('span')
  element.className = 'ct-group-label'
  element.textContent = text
  return element
}

/** The lanes for a grouping. */
export function toTimelineGroups(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
): TimelineGroup[] {
  switch (grouping) {
    case 'none':
      return [lane(SINGLE_LANE_ID, '', 0)]
    // Only lanes with shown events: a filtered view should not spend its height on empty rows.
    case 'category': {
      const used = new Set(events.flatMap((event) => lanesOf(event, index, grouping)))
      return CATEGORIES.filter((category) => used.has(category)).map((category, order) =>
        lane(category, CATEGORY_NAMES[category], order),
      )
    }
    case 'type': {
      const used = new Set(events.map((event) => event.type))
      return index.dataset.eventTypes
        .filter((type) => used.has(type.id))
        .map((type, order) =>
          lane(type.id, type.label, CATEGORIES.indexOf(type.category) * 1000 + order),
        )
    }
    case 'actor': {
      const counts = new Map<string, number>()
      for (const event of events) {
        for (const actor of lanesOf(event, index, grouping)) {
          counts.set(actor, (counts.get(actor) ?? 0) + 1)
        }
      }
      return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([actorId], order) =>
          lane(actorId, index.actorsById.get(actorId)?.name ?? 'No actor named', order),
        )
    }
  }
}

/** What the canvas shows: the window as fractional calendar days, and its size in pixels. */
export type Viewport = { startDay: number; endDay: number; widthPx: number; heightPx: number }

/** The events that get a text label in this viewport (see label-placement.ts). */
export function chooseLabelledEvents(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
  viewport: Viewport,
  selectedEventId: string | null,
): Set<string> {
  const pixelsPerDay = viewport.widthPx / Math.max(1, viewport.endDay - viewport.startDay)
  const laneCount = toTimelineGroups(index, events, grouping).length
  const candidates = events.flatMap((event, position) => {
    const span = index.spans.get(event.id)
    if (!span) return []
    const startPx = (span.firstDay - viewport.startDay) * pixelsPerDay
    const endPx = (span.lastDay + 1 - viewport.startDay) * pixelsPerDay
    // Events far outside the window do not crowd it; they are placed when the reader gets there.
    if (endPx < -viewport.widthPx || startPx > 2 * viewport.widthPx) return []
    const priority = event.id === selectedEventId ? 1e9 : (event.importance ?? 1) * 1e6 - position
    return lanesOf(event, index, grouping).map((lane) => ({
      id: event.id,
      lane,
      startPx,
      endPx,
      labelWidthPx: estimateLabelWidth(event.title),
      priority,
    }))
  })
  return placeLabels(candidates, maxLabelRows(viewport.heightPx, laneCount))
}
