/**
 * What each event can be found by: its title, summary, and the names of its actors and places, folded once per
 * dataset so that typing only scans prepared text.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { foldText } from './fold-text'

export type SearchIndex = ReadonlyMap<string, string>

export function buildSearchIndex(index: DatasetIndex): SearchIndex {
  const texts = new Map<string, string>()
  for (const event of index.dataset.events) {
    const names = [
      ...event.actors.map((id) => index.actorsById.get(id)?.name ?? ''),
      ...event.locations.map((id) => index.locationsById.get(id)?.name ?? ''),
    ]
    texts.set(event.id, foldText([event.title, event.summary, ...names].join('\n')))
  }
  return texts
}

/** Every word must appear somewhere in the event's text. */
export function matchesAllWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word))
}
