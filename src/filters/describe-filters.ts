/** Filters in words, for chips, summaries and handouts: "Type: Negotiations", "May 2025 – 31 July 2025". */
import type { DatasetIndex } from '../data/dataset-index'
import { formatPartialDate, parsePartialDate } from '../data/partial-date'
import type { ActiveFilter } from './active-filters'

function formatDate(text: string): string {
  const date = parsePartialDate(text)
  return date ? formatPartialDate(date) : text
}

export function formatDateFilter(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`
  if (from) return `from ${formatDate(from)}`
  if (to) return `until ${formatDate(to)}`
  return 'any date'
}

export function describeFilter(
  index: DatasetIndex,
  filter: ActiveFilter,
  view: { query: string; from: string | null; to: string | null },
): string {
  switch (filter.facet) {
    case 'type':
      return `Type: ${index.typesById.get(filter.id)?.label ?? filter.id}`
    case 'actor':
      return `Actor: ${index.actorsById.get(filter.id)?.name ?? filter.id}`
    case 'location':
      return `Place: ${index.locationsById.get(filter.id)?.name ?? filter.id}`
    case 'tag':
      return `Lesson: ${tagLabel(index, filter.id)}`
    case 'text':
      return `Search: “${view.query.trim()}”`
    case 'dates':
      return `Dates: ${formatDateFilter(view.from, view.to)}`
  }
}

/** A tag as a reader reads it: a period's own label, or the tag's words ("prisoner-exchanges" → "Prisoner exchanges"). */
export function tagLabel(index: DatasetIndex, tag: string): string {
  const period = index.periodsById.get(tag)
  if (period) return period.label
  const words = tag.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
