/**
 * The DOM of what the timeline draws. Content is always built from elements and `textContent`: vis-timeline
 * treats string content as HTML (https://github.com/visjs/vis-timeline/pull/840), and dataset text must never be
 * parsed as HTML. Colours come from the schema-checked `#rrggbb` of an event type.
 */
import { compareCodeUnits } from '../data/compare-code-units'
import type { DatasetIndex } from '../data/dataset-index'
import { formatEventDate } from '../data/format-event-date'
import { formatDateSpan } from '../data/partial-date'
import { readableTextColor } from '../ui/color-contrast'
import type { ClusterMark, EventMark } from './layout/marks'

function child(parent: HTMLElement, className: string, text?: string): HTMLElement {
  const element = document.createElement('span')
  element.className = className
  if (text !== undefined) element.textContent = text
  else element.setAttribute('aria-hidden', 'true')
  parent.append(element)
  return element
}

function setEventColours(element: HTMLElement, color: string | undefined) {
  if (!color) return
  element.style.setProperty('--event-color', color)
  element.style.setProperty('--event-text', readableTextColor(color))
}

/**
 * Fills `element` (kept per mark, so focus survives an update) for an event drawn with its title or as a dot.
 * `labelPx` is the mark's width when it has a title.
 */
export function drawEventMark(
  element: HTMLElement,
  index: DatasetIndex,
  mark: EventMark,
  labelPx: number,
): void {
  const event = index.eventsById.get(mark.event.id)
  if (!event) return
  const type = index.typesById.get(event.type)
  const span = index.spans.get(event.id)
  const isImprecise = span?.start.precision !== 'day' || span.end.precision !== 'day'
  const dateText = formatEventDate(index, event)
  element.replaceChildren()
  element.className = [
    'ct-mark',
    mark.kind === 'label' ? 'is-label' : 'is-dot',
    mark.event.isSpan ? 'is-span' : '',
    isImprecise ? 'is-imprecise' : '',
    `ct-importance-${mark.event.importance}`,
  ]
    .filter(Boolean)
    .join(' ')
  element.dataset.eventId = event.id
  element.setAttribute('role', 'button')
  element.setAttribute('aria-label', `${dateText}, ${type?.label ?? event.type}: ${event.title}`)
  element.title = `${dateText} · ${event.title}`
  setEventColours(element, type?.color)
  if (mark.kind === 'dot') {
    element.style.removeProperty('--label-width')
    child(element, 'ct-mark-dot')
    return
  }
  element.style.setProperty('--label-width', `${labelPx}px`)
  if (!mark.event.isSpan) child(element, 'ct-mark-dot')
  child(element, 'ct-mark-label', event.title)
}

/** "12" for a dozen, "1.2k" past a thousand: the count must fit a 36-pixel mark. */
export function formatCount(count: number): string {
  if (count < 1000) return String(count)
  return `${(count / 1000).toFixed(count < 10_000 ? 1 : 0)}k`
}

/** The cluster's types, most frequent first, for its colour bar and its accessible name. */
function typeMix(index: DatasetIndex, mark: ClusterMark) {
  const counts = new Map<string, number>()
  for (const event of mark.events) counts.set(event.typeId, (counts.get(event.typeId) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
    .map(([typeId, count]) => ({ type: index.typesById.get(typeId), typeId, count }))
}

export function describeCluster(
  index: DatasetIndex,
  mark: ClusterMark,
  mix = typeMix(index, mark),
): string {
  const first = mark.events[0]
  const last = mark.events.reduce<(typeof mark.events)[number] | undefined>(
    (latest, event) => (!latest || event.lastDay > latest.lastDay ? event : latest),
    undefined,
  )
  const start = first ? index.spans.get(first.id)?.start : undefined
  const end = last ? index.spans.get(last.id)?.end : undefined
  const dates = start ? formatDateSpan(start, end) : ''
  const types = mix.map(({ type, typeId, count }) => `${count} ${type?.label ?? typeId}`).join(', ')
  return `${mark.events.length} events, ${dates}: ${types}`
}

export function drawClusterMark(element: HTMLElement, index: DatasetIndex, mark: ClusterMark) {
  const mix = typeMix(index, mark)
  const total = mark.events.length
  let offset = 0
  const stops = mix.map(({ type, count }) => {
    const from = (offset / total) * 100
    offset += count
    const to = (offset / total) * 100
    return `${type?.color ?? '#64748b'} ${from.toFixed(1)}% ${to.toFixed(1)}%`
  })
  element.replaceChildren()
  element.className = `ct-mark is-cluster${mark.events.length >= 100 ? ' is-large' : ''}`
  element.dataset.clusterSize = String(total)
  element.setAttribute('role', 'button')
  const description = describeCluster(index, mark, mix)
  element.setAttribute('aria-label', `${description}. Enter shows them.`)
  element.title = description
  child(element, 'ct-cluster-count', formatCount(total))
  child(element, 'ct-cluster-mix').style.background =
    `linear-gradient(to right, ${stops.join(', ')})`
}

/** `lines`: how many lines of the name the lane has room for where names are written across (timeline.css). */
export function laneLabelElement(text: string, heightPx: number, lines: number): HTMLElement {
  const element = document.createElement('span')
  element.className = 'ct-group-label'
  // A long name may be cut short where lanes are many: the whole name shows on hover.
  element.title = text
  element.style.height = `${heightPx}px`
  element.style.setProperty('--name-lines', String(lines))
  child(element, 'ct-group-name', text)
  return element
}
