import { formatDateText } from './partial-date'
import type { Source } from './schema'

/** "AFP, “Third round of talks”, 24 July 2025", leaving out what an imported source does not give. */
export function describeSource(source: Source): string {
  return [
    source.publisher,
    source.title === undefined ? undefined : `“${source.title}”`,
    source.date === undefined ? undefined : formatDateText(source.date),
  ]
    .filter((part) => part !== undefined)
    .join(', ')
}
