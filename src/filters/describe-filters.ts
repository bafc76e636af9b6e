/** Filters in words, for chips, summaries and handouts: "Type: Negotiations", "May 2025 – 31 July 2025". */
import type { DatasetIndex } from '../data/dataset-index'
import { formatDateText } from '../data/partial-date'
import type { ActiveFilter } from './active-filters'

export function formatDateFilter(from: string | null, to: string | null): string {
  if (from && to)
    return from === to ? formatDateText(from) : `${formatDateText(from)} – ${formatDateText(to)}`
  if (from) return `from ${formatDateText(from)}`
  if (to) return `until ${formatDateText(to)}`
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

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
])

/**
 * A tag as a reader reads it: a period's own label, or the tag's words in title case ("black-sea" → "Black
 * Sea", "mh17" → "MH17").
 */
export function tagLabel(index: DatasetIndex, tag: string): string {
  const period = index.periodsById.get(tag)
  if (period) return period.label
  return tag
    .split('-')
    .map((word, position) => {
      if (/\d/.test(word) && /[a-z]/.test(word)) return word.toUpperCase()
      if (position > 0 && SMALL_WORDS.has(word)) return word
      return word.charAt(0).toUpperCase() + word.slice(1)
    })
    .join(' ')
}
