/**
 * What each event can be found by: its title, summary, and the names of its actors and places, folded once per
 * event (filter-context.ts keeps it) so that typing only scans prepared text.
 */
import type { DatasetIndex } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import { foldText } from './fold-text'

export type NameLookups = Pick<DatasetIndex, 'actorsById' | 'locationsById'>

/** One event's searchable text: title, summary, and its actors' and places' names, folded. */
export function searchTextOf(lookups: NameLookups, event: TimelineEvent): string {
  const names = [
    ...event.actors.map((id) => lookups.actorsById.get(id)?.name ?? ''),
    ...event.locations.map((id) => lookups.locationsById.get(id)?.name ?? ''),
  ]
  return foldText([event.title, event.summary, ...names].join('\n'))
}

/** Every word must appear somewhere in the event's text. */
export function matchesAllWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word))
}
