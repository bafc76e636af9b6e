import { useMemo } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { TimelineEvent } from '../../data/schema'
import { stepEvent } from '../../timeline/step-through'
import { useEventKeys } from './use-event-keys'

type EventSteppingOptions = {
  index: DatasetIndex
  /** The shown events, in time order. */
  events: readonly TimelineEvent[]
  selectedEventId: string | null
  onStep: (eventId: string) => void
  onClose: () => void
}

/**
 * The open event among the shown ones: where it stands, and stepping to the previous or next one with the
 * details' buttons or the ← and → keys (Escape closes).
 */
export function useEventStepping({
  index,
  events,
  selectedEventId,
  onStep,
  onClose,
}: EventSteppingOptions) {
  const orderedIds = useMemo(() => events.map((event) => event.id), [events])
  const selectedEvent = selectedEventId ? index.eventsById.get(selectedEventId) : undefined
  const position = selectedEvent ? orderedIds.indexOf(selectedEvent.id) + 1 : 0

  const stepTo = (direction: 'previous' | 'next') => {
    const target = stepEvent(orderedIds, selectedEventId, direction)
    if (target && target !== selectedEventId) onStep(target)
  }

  useEventKeys(selectedEvent !== undefined, {
    onPrevious: () => stepTo('previous'),
    onNext: () => stepTo('next'),
    onClose,
  })

  return {
    orderedIds,
    selectedEvent,
    position,
    /** The stepping props of EventDetails. */
    steps: {
      position,
      total: orderedIds.length,
      onPrevious: position > 1 ? () => stepTo('previous') : null,
      onNext: position > 0 && position < orderedIds.length ? () => stepTo('next') : null,
    },
  }
}
