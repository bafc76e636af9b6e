/**
 * Keyboard order on the timeline: the marks, each once, in the order of their earliest event. Walking the shown
 * events in time order, a mark is reached at its earliest event; an event outside the laid-out stretch is
 * returned as such, for the timeline to scroll there first.
 */
import type { StepDirection } from '../step-through'
import type { Mark } from './marks'
import type { TimelineLayout } from './timeline-layout'

export type MarkStep = { mark: Mark } | { eventId: string } | null

export function stepMark(
  orderedEventIds: readonly string[],
  layout: TimelineLayout,
  currentKey: number | null,
  direction: StepDirection,
): MarkStep {
  const isForward = direction === 'next' || direction === 'first'
  let position =
    direction === 'first' || (currentKey === null && direction === 'next')
      ? -1
      : direction === 'last' || currentKey === null
        ? orderedEventIds.length
        : currentKey
  for (;;) {
    position += isForward ? 1 : -1
    const eventId = orderedEventIds[position]
    if (eventId === undefined) return null
    const mark = layout.markOf(eventId)
    if (!mark) return { eventId }
    if (mark.key === position) return { mark }
  }
}
