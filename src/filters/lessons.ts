/**
 * Ready-made lessons from the dataset itself: every tag shared by at least three events (all rounds of one
 * negotiation track, every prisoner exchange, the events of a period), every period with at least three
 * events in its dates that no tag already covers, and the dataset's latest year, the one a class asks about
 * first. Each is a filter a teacher can present.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { tagLabel } from './describe-filters'

export type Lesson = {
  id: string
  label: string
  eventCount: number
  /** The filter that shows the lesson's events. */
  filter: { tags: string[]; from: string | null; to: string | null }
}

export const MIN_LESSON_EVENTS = 3

type FoundLesson = Lesson & { firstDay: number }

/** The lessons in the order they are found: tags, periods, then the latest year. */
function* findLessons(index: DatasetIndex): Generator<FoundLesson> {
  const firstDayOf = (eventId: string | undefined) =>
    (eventId === undefined ? undefined : index.spans.get(eventId)?.firstDay) ?? Infinity
  for (const [tag, eventIds] of index.eventsByTag) {
    if (eventIds.length < MIN_LESSON_EVENTS) continue
    yield {
      id: `tag-${tag}`,
      label: tagLabel(index, tag),
      eventCount: eventIds.length,
      filter: { tags: [tag], from: null, to: null },
      firstDay: firstDayOf(eventIds[0]),
    }
  }
  // Day numbers in flat arrays: counting each period's events then scans numbers, not records.
  const { first: firstDays, last: lastDays } = index.chronologicalDays
  for (const period of index.dataset.periods ?? []) {
    if ((index.eventsByTag.get(period.id)?.length ?? 0) >= MIN_LESSON_EVENTS) continue
    const span = index.periodSpans.get(period.id)
    if (!span) continue
    let inside = 0
    for (let position = 0; position < firstDays.length; position += 1) {
      if (
        (lastDays[position] ?? NaN) >= span.firstDay &&
        (firstDays[position] ?? NaN) <= span.lastDay
      ) {
        inside += 1
      }
    }
    if (inside < MIN_LESSON_EVENTS) continue
    yield {
      id: `period-${period.id}`,
      label: period.label,
      eventCount: inside,
      filter: { tags: [], from: period.start, to: period.end },
      firstDay: span.firstDay,
    }
  }
  const latestYear = index.chronological.at(-1)?.date.slice(0, 4)
  const latestYearEvents = index.chronological.filter((event) =>
    event.date.startsWith(latestYear ?? '-'),
  )
  if (latestYear && latestYearEvents.length >= MIN_LESSON_EVENTS) {
    yield {
      id: `year-${latestYear}`,
      label: `The year ${latestYear}`,
      eventCount: latestYearEvents.length,
      filter: { tags: [], from: latestYear, to: latestYear },
      firstDay: firstDayOf(latestYearEvents[0]?.id),
    }
  }
}

/** Every lesson, in time order. */
export function listLessons(index: DatasetIndex): Lesson[] {
  return [...findLessons(index)]
    .sort((a, b) => a.firstDay - b.firstDay || a.label.localeCompare(b.label))
    .map(({ firstDay: _firstDay, ...lesson }) => lesson)
}

/** Whether the dataset has a lesson, found without listing them all (the menu is drawn with every view). */
export function hasLessons(index: DatasetIndex): boolean {
  return !findLessons(index).next().done
}
