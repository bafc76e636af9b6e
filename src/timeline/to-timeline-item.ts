/**
 * Events → vis-timeline items and lanes. Item content is always a DOM element filled with `textContent`: vis-timeline
 * treats string content as HTML (https://github.com/visjs/vis-timeline/pull/840), and dataset text must never be
 * parsed as HTML.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { formatDateSpan } from '../data/partial-date'
import { CATEGORIES, type Category, type TimelineEvent } from '../data/schema'
import { readableTextColor } from '../ui/color-contrast'
import type { Grouping } from '../url/view-state'
import { rangeToWindow, startOfDay } from './calendar-time'
import type { LabelDetail } from './zoom'

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
  title?: string
}

export type TimelineGroup = { id: string; content: HTMLElement; order: number }

export const CATEGORY_LABELS: Record<Category, string> = {
  diplomatic: 'Diplomacy',
  military: 'Fighting',
  political: 'Politics',
  humanitarian: 'Humanitarian',
  economic: 'Economy',
}

const ITEM_ID_SEPARATOR = '::'

/** With lanes per actor an event appears once per actor, so item ids carry the lane after the event id. */
export function eventIdOfItem(itemId: string): string {
  return itemId.split(ITEM_ID_SEPARATOR)[0] ?? itemId
}

export function formatEventDate(index: DatasetIndex, event: TimelineEvent): string {
  const span = index.spans.get(event.id)
  return span
    ? formatDateSpan(span.start, event.endDate === undefined ? undefined : span.end)
    : event.date
}

const MINIMUM_IMPORTANCE_FOR_LABEL: Record<LabelDetail, number> = {
  milestones: 3,
  notable: 2,
  all: 1,
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

function lanesOf(
  event: TimelineEvent,
  index: DatasetIndex,
  grouping: Grouping,
): (string | undefined)[] {
  switch (grouping) {
    case 'none':
      return [undefined]
    case 'type':
      return [event.type]
    case 'actor':
      return event.actors
    case 'category':
      return [index.typesById.get(event.type)?.category ?? 'political']
  }
}

export function toTimelineItems(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
  labelDetail: LabelDetail,
  cache: ContentCache,
): TimelineItem[] {
  const items: TimelineItem[] = []
  for (const event of events) {
    const span = index.spans.get(event.id)
    if (!span) continue
    const color = index.typesById.get(event.type)?.color
    const isImprecise = span.start.precision !== 'day' || span.end.precision !== 'day'
    const isSpan = isImprecise || span.lastDay > span.firstDay
    const classNames = [
      'ct-item',
      `ct-importance-${event.importance ?? 1}`,
      isImprecise ? 'is-imprecise' : '',
      (event.importance ?? 1) < MINIMUM_IMPORTANCE_FOR_LABEL[labelDetail] ? 'is-label-hidden' : '',
    ]
    const content = eventElement(index, event, cache)
    for (const lane of lanesOf(event, index, grouping)) {
      items.push({
        id:
          lane === undefined || grouping !== 'actor'
            ? event.id
            : `${event.id}${ITEM_ID_SEPARATOR}${lane}`,
        eventId: event.id,
        ...(lane === undefined ? {} : { group: lane }),
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

export function toPeriodItems(index: DatasetIndex): TimelineItem[] {
  return (index.dataset.periods ?? []).flatMap((period, position) => {
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
        className: `ct-period ct-period-${position % 3}`,
      },
    ]
  })
}

function groupLabel(text: string): HTMLElement {
  const element = document.createElement('span')
  element.className = 'ct-group-label'
  element.textContent = text
  return element
}

/** The lanes for a grouping; null means a single, unlabelled lane. */
export function toTimelineGroups(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
): TimelineGroup[] | null {
  switch (grouping) {
    case 'none':
      return null
    case 'category': {
      const used = new Set(index.dataset.eventTypes.map((type) => type.category))
      return CATEGORIES.filter((category) => used.has(category)).map((category, order) => ({
        id: category,
        content: groupLabel(CATEGORY_LABELS[category]),
        order,
      }))
    }
    case 'type':
      return index.dataset.eventTypes.map((type, order) => ({
        id: type.id,
        content: groupLabel(type.label),
        order: CATEGORIES.indexOf(type.category) * 1000 + order,
      }))
    case 'actor': {
      const counts = new Map<string, number>()
      for (const event of events) {
        for (const actor of event.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1)
      }
      return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([actorId], order) => ({
          id: actorId,
          content: groupLabel(index.actorsById.get(actorId)?.name ?? actorId),
          order,
        }))
    }
  }
}
