import type { DatasetIndex } from './dataset-index'
import { formatDateSpan } from './partial-date'
import type { TimelineEvent } from './schema'

/** An event's date as readers should see it: "September 2022", "23 July 2025", "23–25 July 2025". */
export function formatEventDate(index: DatasetIndex, event: TimelineEvent): string {
  const span = index.spans.get(event.id)
  return span
    ? formatDateSpan(span.start, event.endDate === undefined ? undefined : span.end)
    : event.date
}
